package no.kommune.portal.base;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.boot.model.FunctionContributions;
import org.hibernate.boot.model.FunctionContributor;
import org.hibernate.type.BasicType;
import org.hibernate.type.StandardBasicTypes;

/**
 * MariaDB's {@code MATCH (columns) AGAINST (query IN BOOLEAN MODE)} as a Hibernate function, so a full-text search
 * stays a typed Criteria predicate (decision 026). Hibernate finds this class through the Java {@code ServiceLoader}
 * ({@code META-INF/services/org.hibernate.boot.model.FunctionContributor}), the way its documentation gives for
 * contributing functions without a dialect of one's own.
 *
 * <p>The columns must be exactly those of one FULLTEXT index, in its order (MariaDB refuses any other list), and
 * the query must be built by {@link FreeText} (which lets no boolean-mode operator of the user's input through).
 */
public class FullTextFunctions implements FunctionContributor {

    /** {@code fulltext_match<n>(column1, ..., column<n>, query)}; MATCH over one to four columns. */
    static final String NAME = "fulltext_match";

    private static final int MIN_COLUMNS = 1;
    private static final int MAX_COLUMNS = 4;

    @Override
    public void contributeFunctions(FunctionContributions contributions) {
        BasicType<Double> relevance = contributions.getTypeConfiguration().getBasicTypeRegistry()
                .resolve(StandardBasicTypes.DOUBLE);
        for (int columns = MIN_COLUMNS; columns <= MAX_COLUMNS; columns++) {
            List<String> placeholders = new ArrayList<>();
            for (int i = 1; i <= columns; i++) {
                placeholders.add("?" + i);
            }
            contributions.getFunctionRegistry().registerPattern(NAME + columns,
                    "match(" + String.join(",", placeholders) + ") against(?" + (columns + 1) + " in boolean mode)",
                    relevance);
        }
    }

    /**
     * True for rows whose {@code columns} match {@code booleanQuery} (MariaDB boolean mode). A matching row's
     * relevance is above zero also when a word is in every row (InnoDB ranks it with a tiny positive weight), and
     * the optimiser can use the index for {@code MATCH ... > 0} as for a bare MATCH.
     */
    @SafeVarargs
    public static Predicate matches(CriteriaBuilder cb, String booleanQuery, Expression<String>... columns) {
        if (columns.length < MIN_COLUMNS || columns.length > MAX_COLUMNS) {
            throw new IllegalArgumentException("MATCH over " + columns.length + " columns is not registered");
        }
        Expression<?>[] arguments = new Expression<?>[columns.length + 1];
        for (int i = 0; i < columns.length; i++) {
            arguments[i] = columns[i];
        }
        arguments[columns.length] = cb.literal(booleanQuery);
        return cb.greaterThan(cb.function(NAME + columns.length, Double.class, arguments), 0.0);
    }
}
