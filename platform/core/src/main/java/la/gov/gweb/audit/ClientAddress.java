package la.gov.gweb.audit;

import jakarta.enterprise.context.RequestScoped;

/** The network address a request came from, set by the web layer, for the audit log. */
@RequestScoped
public class ClientAddress {

    private String address;

    public void set(String value) {
        this.address = value;
    }

    public String get() {
        return address;
    }
}
