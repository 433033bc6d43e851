package no.kommune.portal.whistleblowing.ui;

import com.vaadin.flow.server.VaadinSession;

/** The key the public channel's rate limit counts by: the browser's address, kept in memory only. */
final class ClientKey {

    private ClientKey() {
    }

    static String current() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null) {
            return "unknown";
        }
        String address = session.getBrowser() == null ? null : session.getBrowser().getAddress();
        return address != null ? address : "session:" + session.getSession().getId();
    }
}
