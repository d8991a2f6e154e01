package la.gov.gweb.web.tenancy;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import la.gov.gweb.i18n.Language;
import la.gov.gweb.tenant.HostName;
import la.gov.gweb.tenant.TenantSnapshot;

/**
 * The bilingual plain pages for requests that reach no site. They use no site's layout or data,
 * since there is no site to take them from (or the site is closed), and they never cache.
 */
final class PlainPages {

    /** How long a closed site asks readers and crawlers to wait before they try again. */
    static final String RETRY_AFTER_SECONDS = "3600";

    /** Enough style to look like part of the government's sites, with no file to load. */
    private static final String STYLE = "body{margin:0;font-family:'Noto Sans Lao','Phetsarath OT',system-ui,sans-serif;"
            + "line-height:1.75;color:#1b1b1b;background:#f3f5f8}"
            + "header{background:#002868;color:#fff;padding:.75rem 1rem;display:flex;gap:.6rem;align-items:center;font-weight:700}"
            + ".flag{width:1.5rem;height:1rem;background:linear-gradient(#ce1126 0 25%,#002868 25% 75%,#ce1126 75%);"
            + "outline:1px solid #fff}"
            + "main{max-width:40rem;margin:2rem auto;padding:1.5rem 2rem;background:#fff;border-top:4px solid #ce1126}"
            + "h1{font-size:1.6rem;line-height:1.4;color:#002868;margin:.25rem 0}"
            + "h2{font-size:1.25rem;line-height:1.4;margin:1.5rem 0 .25rem;border-top:1px solid #dfe1e2;padding-top:1rem}";

    private PlainPages() {
    }

    static void badHost(HttpServletResponse response) throws IOException {
        write(response, HttpServletResponse.SC_BAD_REQUEST,
                "ຄຳຮ້ອງບໍ່ຖືກຕ້ອງ", "ຊື່ເວັບໄຊທີ່ຮ້ອງຂໍບໍ່ຖືກຕ້ອງ.",
                "Bad request", "The site name in this request is not valid.");
    }

    static void noSuchSite(HttpServletResponse response, HostName host) throws IOException {
        write(response, HttpServletResponse.SC_NOT_FOUND,
                "ບໍ່ມີເວັບໄຊນີ້", "ບໍ່ມີເວັບໄຊຂອງລັດຖະບານຢູ່ທີ່ " + escape(host.value()) + ".",
                "No such site", "There is no government site at " + escape(host.value()) + ".");
    }

    static void suspended(HttpServletResponse response, TenantSnapshot tenant) throws IOException {
        response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        write(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                "ເວັບໄຊປິດຊົ່ວຄາວ", escape(tenant.names().in(Language.LO).text())
                        + " ປິດໃຫ້ບໍລິການຊົ່ວຄາວ. ກະລຸນາກັບມາໃໝ່ພາຍຫຼັງ.",
                "Site temporarily unavailable", escape(tenant.names().in(Language.EN).text())
                        + " is temporarily unavailable. Please come back later.");
    }

    private static void write(HttpServletResponse response, int status, String titleLo, String textLo,
                              String titleEn, String textEn) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        PrintWriter out = response.getWriter();
        out.print("<!DOCTYPE html><html lang=\"lo\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + titleLo + " | " + titleEn + "</title><style>" + STYLE + "</style></head><body>"
                + "<header><span class=\"flag\" aria-hidden=\"true\"></span><span>G-Web</span></header>"
                + "<main><h1>" + titleLo + "</h1><p>" + textLo + "</p>"
                + "<div lang=\"en\"><h2>" + titleEn + "</h2><p>" + textEn + "</p></div></main></body></html>");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
