package no.kommune.portal.whistleblowing.ui;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;

/**
 * The key the public channel's rate limit counts by: the client's address, kept in memory only. It is the address
 * of the current request as the server resolved it: the TCP peer, or the X-Forwarded-For client when the peer is a
 * trusted proxy ({@code portal.security.trusted-proxies}), so citizens behind the portal's TLS proxy do not share
 * one key.
 */
final class ClientKey {

    private ClientKey() {
    }

    static String current() {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request != null && request.getRemoteAddr() != null) {
            return request.getRemoteAddr();
        }
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null) {
            return "unknown";
        }
        String address = session.getBrowser() == null ? null : session.getBrowser().getAddress();
        return address != null ? address : "session:" + session.getSession().getId();
    }
}
