package la.gov.gweb.web.front;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import la.gov.gweb.web.cache.PageReply;
import la.gov.gweb.web.cache.RenderedPage;
import la.gov.gweb.web.cache.Revalidation;
import org.glassfish.grizzly.http.Method;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.HttpServerFilter;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.RequestExecutorProvider;
import org.glassfish.grizzly.http.server.Response;

/**
 * Stands in front of the listener's own handler (the container's mapper): sends the kept page when
 * the cache holds it, and hands every other request to the container as it would have got it. It
 * takes the container handler's URI settings, so both decode a request's path alike.
 */
final class FrontHandler extends HttpHandler {

    private static final Logger LOG = Logger.getLogger(FrontHandler.class.getName());

    private final AtomicBoolean failureReported = new AtomicBoolean();
    private final HttpServerFilter filter;
    private final HttpHandler container;
    private final FrontPages pages;

    private FrontHandler(HttpServerFilter filter, HttpHandler container, FrontPages pages) {
        this.filter = filter;
        this.container = container;
        this.pages = pages;
        setRequestURIEncoding(container.getRequestURIEncoding());
        setAllowEncodedSlash(container.isAllowEncodedSlash());
        setAllowCustomStatusMessage(container.isAllowCustomStatusMessage());
    }

    /**
     * Puts a front before the listener filter's handler; empty when the filter has no handler yet
     * or already has a front. The filter's handler field is volatile: requests in flight finish
     * with the handler they started with, the next ones come to the front.
     */
    static Optional<FrontHandler> standBefore(HttpServerFilter filter, FrontPages pages) {
        HttpHandler current = filter.getHttpHandler();
        if (current == null || current instanceof FrontHandler) {
            return Optional.empty();
        }
        FrontHandler front = new FrontHandler(filter, current, pages);
        filter.setHttpHandler(front);
        return Optional.of(front);
    }

    /** Gives the listener its own handler back, unless something else replaced the front since. */
    void stepAside() {
        if (filter.getHttpHandler() == this) {
            filter.setHttpHandler(container);
        }
    }

    @Override
    public RequestExecutorProvider getRequestExecutorProvider() {
        return container.getRequestExecutorProvider();
    }

    @Override
    public void service(Request request, Response response) throws Exception {
        Optional<RenderedPage> page = find(request);
        if (page.isEmpty()) {
            container.service(request, response);
            return;
        }
        PageReply.send(page.get(), true, conditions(request), new PageReply.Target(response::setStatus,
                response::setHeader, response::setContentType, response::setContentLength,
                response.getOutputStream()::write));
    }

    /**
     * A failure here must not become the listener's own error page, which shows a stack trace: the
     * request goes to the container instead. Reported once, as it would repeat on every request.
     */
    private Optional<RenderedPage> find(Request request) {
        try {
            return pages.find(request);
        } catch (RuntimeException e) {
            if (failureReported.compareAndSet(false, true)) {
                LOG.log(Level.WARNING, "The page cache's front failed on a request, which went on to the servlet"
                        + " container; further failures are not logged", e);
            }
            return Optional.empty();
        }
    }

    private static PageReply.Conditions conditions(Request request) {
        return new PageReply.Conditions(request.getMethod() == Method.HEAD, request.getHeader("Accept-Encoding"),
                request.getHeader("If-None-Match"), Revalidation.ifModifiedSince(request::getDateHeader));
    }
}
