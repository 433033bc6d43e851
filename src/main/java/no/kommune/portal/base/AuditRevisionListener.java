package no.kommune.portal.base;

import org.hibernate.envers.RevisionListener;

/** Stamps each Envers revision with the name {@link Auditor} gives (the acting identity first, then the signed-in user). */
public class AuditRevisionListener implements RevisionListener {

    @Override
    public void newRevision(Object revisionEntity) {
        ((AuditRevision) revisionEntity).setUsername(Auditor.currentUsername());
    }
}
