package no.kommune.portal.base;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.EntityType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the Envers history of one entity as a list of readable changes: who, when, and which fields
 * changed from what to what. Not secured itself: feature services call it only after they have checked
 * that the user may see the entity (the same role and unit scope as for the entity).
 */
@Component
public class ChangeHistory {

    private static final java.util.Set<String> IGNORED = java.util.Set.of(
            "id", "version", "createdAt", "createdBy", "modifiedAt", "modifiedBy");

    @PersistenceContext
    private EntityManager em;

    private final PersonNames names;

    public ChangeHistory(PersonNames names) {
        this.names = names;
    }

    /** One revision of an entity: who (the person's full name), field name -> {old, new} for the fields that changed. */
    public record Change(int revision, Instant when, String who, RevisionType type,
            Map<String, List<String>> changedFields) {
    }

    /** Full names of the people behind the usernames of a feature's own history rows (username when unknown). */
    public Map<String, String> fullNames(java.util.Collection<String> usernames) {
        return names.fullNames(usernames);
    }

    @Transactional(readOnly = true)
    public List<Change> of(Class<?> entityClass, Long id) {
        AuditReader reader = AuditReaderFactory.get(em);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = reader.createQuery()
                .forRevisionsOfEntity(entityClass, false, true)
                .add(AuditEntity.id().eq(id))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        EntityType<?> type = em.getMetamodel().entity(entityClass);
        List<Change> changes = new ArrayList<>();
        Map<String, String> fullNames = names.fullNames(rows.stream()
                .map(row -> ((AuditRevision) row[1]).getUsername()).toList());
        Object previous = null;
        for (Object[] row : rows) {
            Object snapshot = row[0];
            AuditRevision revision = (AuditRevision) row[1];
            RevisionType revisionType = (RevisionType) row[2];
            changes.add(new Change(revision.getId(), Instant.ofEpochMilli(revision.getTimestamp()),
                    fullNames.getOrDefault(revision.getUsername(), revision.getUsername()), revisionType,
                    diff(type, previous, snapshot)));
            previous = snapshot;
        }
        return changes;
    }

    private static Map<String, List<String>> diff(EntityType<?> type, Object before, Object after) {
        Map<String, List<String>> changed = new TreeMap<>();
        for (Attribute<?, ?> attribute : type.getAttributes()) {
            if (IGNORED.contains(attribute.getName()) || attribute.isCollection()) {
                continue;
            }
            String oldValue = before == null ? "" : describe(read(attribute, before));
            String newValue = after == null ? "" : describe(read(attribute, after));
            if (!Objects.equals(oldValue, newValue)) {
                changed.put(attribute.getName(), List.of(oldValue, newValue));
            }
        }
        return changed;
    }

    private static Object read(Attribute<?, ?> attribute, Object entity) {
        try {
            var member = attribute.getJavaMember();
            if (member instanceof java.lang.reflect.Field field) {
                field.setAccessible(true);
                return field.get(entity);
            }
            if (member instanceof java.lang.reflect.Method method) {
                method.setAccessible(true);
                return method.invoke(entity);
            }
            return null;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    private static String describe(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof AbstractEntity entity) {
            return entity.getClass().getSimpleName() + "#" + entity.getId();
        }
        if (value instanceof Collection<?> c) {
            return c.size() + " items";
        }
        return String.valueOf(value);
    }
}
