package la.gov.gweb.web.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import la.gov.gweb.media.UploadRefusedException;
import la.gov.gweb.refusal.Problem;
import la.gov.gweb.refusal.RejectedException;
import la.gov.gweb.web.i18n.Messages;

/** Shows messages in the console, in the webmaster's language. */
@RequestScoped
public class ConsoleMessages {

    @Inject
    ConsoleLanguage language;

    @Inject
    FacesContext faces;

    public void refused(RejectedException refused) {
        for (Problem problem : refused.problems()) {
            error(Messages.text(language.getLanguage(), problem));
        }
    }

    /**
     * Shows each problem beside the field it concerns when the form has one (field name to
     * component client id), and at the top of the page otherwise.
     */
    public void refused(RejectedException refused, java.util.Map<String, String> fieldIds) {
        for (Problem problem : refused.problems()) {
            String clientId = problem.field() == null ? null : fieldIds.get(problem.field());
            faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Messages.text(language.getLanguage(), problem), null));
        }
    }

    /** Why one file of an upload was refused, naming it: the other files of the same upload stand. */
    public String refusal(String fileName, UploadRefusedException refused) {
        return text("upload.refusedFile", fileName, text(refused.key(), refused.arguments()));
    }

    /** A message in the webmaster's language, to show beside what it concerns. */
    public String text(String key, Object... arguments) {
        return Messages.text(language.getLanguage(), key, arguments);
    }

    public void error(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, Messages.text(language.getLanguage(), key, arguments));
    }

    public void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, Messages.text(language.getLanguage(), key, arguments));
    }

    private void error(String text) {
        add(FacesMessage.SEVERITY_ERROR, text);
    }

    private void add(FacesMessage.Severity severity, String text) {
        faces.addMessage(null, new FacesMessage(severity, text, null));
        faces.getExternalContext().getFlash().setKeepMessages(true);
    }
}
