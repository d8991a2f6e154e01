package la.gov.gweb.content;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import la.gov.gweb.i18n.LocalizedText;

/** What identifies a legal document: its number as printed, its kind, issue date and issuing body. */
@Embeddable
public class LegalDetails {

    @Column(name = "legal_number", length = 100)
    private String number;

    @Enumerated(EnumType.STRING)
    @Column(name = "legal_kind", length = 20)
    private LegalDocumentKind kind;

    @Column(name = "legal_issued")
    private LocalDate issuedOn;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "lo", column = @Column(name = "issuer_lo")),
            @AttributeOverride(name = "en", column = @Column(name = "issuer_en"))})
    private LocalizedText issuer;

    protected LegalDetails() {
    }

    public LegalDetails(String number, LegalDocumentKind kind, LocalDate issuedOn, LocalizedText issuer) {
        this.number = number;
        this.kind = kind;
        this.issuedOn = issuedOn;
        this.issuer = issuer;
    }

    public String number() {
        return number;
    }

    public LegalDocumentKind kind() {
        return kind;
    }

    public LocalDate issuedOn() {
        return issuedOn;
    }

    public LocalizedText issuer() {
        return issuer == null ? LocalizedText.of(null, null) : issuer;
    }
}
