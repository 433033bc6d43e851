package no.kommune.portal.base;

import org.hibernate.envers.RevisionListener;

/** Stamps each Envers revision with the signed-in user (or "system" for background work). */
public class AuditRevisionListener implements RevisionListener {

    @Override
    public void newRevision(Object revisionEntity) {
        ((AuditRevision) revisionEntity).setUsername(Auditor.currentUsername());
    }
}
