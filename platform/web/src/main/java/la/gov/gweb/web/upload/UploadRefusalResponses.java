package la.gov.gweb.web.upload;

import jakarta.json.Json;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import la.gov.gweb.i18n.Language;

/** A refused upload's message in the form the caller can show: JSON, a Faces partial response, or a page. */
final class UploadRefusalResponses {

    private UploadRefusalResponses() {
    }

    static void json(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        write(response, Json.createObjectBuilder().add("message", message)
                .add("problems", Json.createArrayBuilder().add(Json.createObjectBuilder().add("message", message)))
                .build().toString());
    }

    /**
     * A partial response, so the PrimeFaces uploader handles it like its own: the message joins
     * the media screen's upload results (else the page's messages) and the other files of the
     * same selection go on uploading.
     */
    static void facesMessage(HttpServletResponse response, String message) throws IOException {
        String text = Json.createValue(message).toString().replace("]]>", "]]\\u003E").replace("</", "<\\/");
        String script = "(function(t){var l=document.querySelector('.media-early-refusals');if(l){"
                + "var i=document.createElement('li');i.className='media-refused';i.textContent=t;l.appendChild(i);return;}"
                + "var m=document.getElementById('messages');if(!m){alert(t);return;}"
                + "var d=document.createElement('div');d.className='ui-messages-error ui-corner-all';"
                + "var s=document.createElement('span');s.className='ui-messages-error-summary';s.textContent=t;"
                + "d.appendChild(s);m.appendChild(d);})(" + text + ");";
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("text/xml;charset=UTF-8");
        write(response, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><changes><eval><![CDATA["
                + script + "]]></eval></changes></partial-response>");
    }

    static void page(HttpServletResponse response, int status, String message, Language language) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        String escaped = message.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        write(response, "<!DOCTYPE html><html lang=\"" + language.code() + "\"><meta charset=\"utf-8\"><title>"
                + escaped + "</title><p>" + escaped + "</p><p><a href=\"javascript:history.back()\">&larr;</a></p></html>");
    }

    private static void write(HttpServletResponse response, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
