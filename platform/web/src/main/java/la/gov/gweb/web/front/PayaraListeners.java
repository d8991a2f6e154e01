package la.gov.gweb.web.front;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import org.glassfish.grizzly.http.server.HttpServerFilter;

/**
 * Finds the HTTP filters of the server's open listeners. Payara publishes no API for this, so it
 * goes by reflection through the server's service locator and Grizzly service; should those change,
 * the lookup throws, the caller logs it, and the servlet path keeps serving every page.
 */
final class PayaraListeners {

    private static final String GLOBALS = "org.glassfish.internal.api.Globals";
    private static final String GRIZZLY_SERVICE = "com.sun.enterprise.v3.services.impl.GrizzlyService";
    private static final String NETWORK_LISTENER = "org.glassfish.grizzly.config.dom.NetworkListener";

    private PayaraListeners() {
    }

    /** The HTTP filter of each listener that is open now, in no particular order. */
    static List<HttpServerFilter> httpFilters() throws ReflectiveOperationException {
        ClassLoader server = HttpServerFilter.class.getClassLoader();
        Object locator = Class.forName(GLOBALS, true, server).getMethod("getDefaultHabitat").invoke(null);
        if (locator == null) {
            return List.of();
        }
        Class<?> serviceType = Class.forName(GRIZZLY_SERVICE, true, server);
        Class<?> listenerType = Class.forName(NETWORK_LISTENER, true, server);
        Object grizzly = locator.getClass().getMethod("getService", Class.class, Annotation[].class)
                .invoke(locator, serviceType, new Annotation[0]);
        List<?> configured = (List<?>) locator.getClass().getMethod("getAllServices", Class.class, Annotation[].class)
                .invoke(locator, listenerType, new Annotation[0]);
        if (grizzly == null || configured == null) {
            return List.of();
        }
        List<HttpServerFilter> filters = new ArrayList<>();
        for (Object listener : configured) {
            Object proxy = serviceType.getMethod("lookupNetworkProxy", listenerType).invoke(grizzly, listener);
            if (proxy == null) {
                continue;
            }
            Object open = proxy.getClass().getMethod("getUnderlyingListener").invoke(proxy);
            if (open == null) {
                continue;
            }
            for (Object filter : (List<?>) open.getClass().getMethod("getFilters", Class.class)
                    .invoke(open, HttpServerFilter.class)) {
                filters.add((HttpServerFilter) filter);
            }
        }
        return filters;
    }
}
