package no.kommune.portal.whistleblowing;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.kommune.portal.base.ActingIdentity;
import no.kommune.portal.base.Formats;
import no.kommune.portal.base.ListQueries;
import no.kommune.portal.base.PageSlice;
import no.kommune.portal.base.SafeText;
import no.kommune.portal.base.TextLimits;
import no.kommune.portal.base.UserFacingException;
import no.kommune.portal.notifications.Notice;
import no.kommune.portal.notifications.Notifier;
import no.kommune.portal.organisation.CurrentUser;
import no.kommune.portal.organisation.Roles;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The sealed whistleblowing channel (varsling). Employees (signed in) and anyone (public page, no login) can
 * report, optionally anonymously, and get a receipt code to read answers and add information later. Only the
 * {@link Roles#WHISTLEBLOWING_RECEIVER} role reads reports — not ADMIN, not management; management and quality
 * get the number of reports per year, never their content.
 *
 * <p>Anonymous reports and everything the reporter adds through the receipt code (with the notices to the
 * receivers) are written inside {@link ActingIdentity#anonymous}, so neither the audit columns, the Envers
 * revisions nor the notification rows name the reporter, even when she is signed in; no address is stored.
 */
@Service
public class WhistleblowingService {

    public static final String RECEIVER = "hasRole('" + Roles.WHISTLEBLOWING_RECEIVER + "')";
    public static final String STATISTICS = "hasAnyRole('" + Roles.MANAGEMENT + "','" + Roles.QUALITY + "','"
            + Roles.WHISTLEBLOWING_RECEIVER + "')";
    /** Limit of the free text a reporter writes (report and added information). */
    public static final int TEXT_LIMIT = 5_000;
    public static final int SUBJECT_LIMIT = TextLimits.NAME;

    private final WhistleblowingCaseRepository cases;
    private final WhistleblowingMessageRepository messages;
    private final ReceiptCodes codes;
    private final PublicRateLimit rateLimit;
    private final CurrentUser currentUser;
    private final Notifier notifier;
    private final Clock clock;
    private final TransactionTemplate tx;
    private final ListQueries lists;

    @PersistenceContext
    private EntityManager em;

    public WhistleblowingService(WhistleblowingCaseRepository cases, WhistleblowingMessageRepository messages,
            ReceiptCodes codes, PublicRateLimit rateLimit, CurrentUser currentUser, Notifier notifier, Clock clock,
            PlatformTransactionManager transactionManager, ListQueries lists) {
        this.lists = lists;
        this.cases = cases;
        this.messages = messages;
        this.codes = codes;
        this.rateLimit = rateLimit;
        this.currentUser = currentUser;
        this.notifier = notifier;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactionManager);
    }

    // ---- reporting ------------------------------------------------------------------------------------

    /** An employee reports from inside the portal; anonymous unless she gives her name. */
    @PreAuthorize("hasRole('" + Roles.EMPLOYEE + "')")
    public Receipt submitAsEmployee(ReportDraft draft) {
        String username = currentUser.requireUsername();
        ReportDraft d = validate(draft);
        rateLimit.acquire(PublicRateLimit.Action.REPORT, "user:" + username);
        return d.anonymous() ? ActingIdentity.anonymous(() -> store(d, Channel.EMPLOYEE, null))
                : store(d, Channel.EMPLOYEE, username);
    }

    /** Anyone reports through the public page (no login). {@code clientKey} is used for rate limiting only. */
    @PreAuthorize("permitAll()")
    public Receipt submitPublic(ReportDraft draft, String clientKey) {
        ReportDraft d = validate(draft);
        rateLimit.acquire(PublicRateLimit.Action.REPORT, clientKey);
        return ActingIdentity.anonymous(() -> store(d, Channel.PUBLIC, null));
    }

    /** The reporter's view of her case; the same message for a wrong and an unknown code. */
    @PreAuthorize("permitAll()")
    public ReporterView readByReceipt(String code, String clientKey) {
        rateLimit.acquire(PublicRateLimit.Action.LOOKUP, clientKey);
        return ActingIdentity.anonymous(() -> tx.execute(status -> reporterView(find(code))));
    }

    /** The reporter adds information to her case with the receipt code; the receivers are told. */
    @PreAuthorize("permitAll()")
    public ReporterView addInformation(String code, String text, String clientKey) {
        String body = SafeText.required(text, TEXT_LIMIT, "whistleblowing.field.information");
        rateLimit.acquire(PublicRateLimit.Action.MESSAGE, clientKey);
        // The notices are written inside the anonymous scope too: their audit columns would otherwise name
        // the signed-in employee who adds information to her own anonymous case.
        return ActingIdentity.anonymous(() -> {
            Long[] ids = new Long[2];
            ReporterView view = tx.execute(status -> {
                WhistleblowingCase c = find(code);
                if (c.getStatus() == CaseStatus.CLOSED) {
                    throw new UserFacingException("whistleblowing.error.closed");
                }
                WhistleblowingMessage m = messages.saveAndFlush(new WhistleblowingMessage(c,
                        WhistleblowingMessage.Author.REPORTER, true, body, null, null));
                ids[0] = c.getId();
                ids[1] = m.getId();
                return reporterView(c);
            });
            notifyReceivers("WHISTLEBLOWING_MESSAGE", "wb-message-" + ids[1], "whistleblowing.notice.message", ids[0]);
            return view;
        });
    }

    private Receipt store(ReportDraft d, Channel channel, String username) {
        String code = codes.generate();
        Long id = tx.execute(status -> {
            Instant now = clock.instant();
            WhistleblowingCase c = new WhistleblowingCase(codes.hash(ReceiptCodes.normalize(code).orElseThrow()),
                    channel, d.anonymous(), d.subject(), d.description(), now, now.atZone(Formats.ZONE).getYear());
            if (!d.anonymous()) {
                c.setReporter(username, d.name(), d.contact());
            }
            c.setDetails(d.occurredOn(), d.concerns());
            return cases.saveAndFlush(c).getId();
        });
        notifyReceivers("WHISTLEBLOWING_NEW", "wb-new-" + id, "whistleblowing.notice.new", id);
        return new Receipt(code);
    }

    private WhistleblowingCase find(String code) {
        return ReceiptCodes.normalize(code).flatMap(n -> cases.findByReceiptHash(codes.hash(n)))
                .orElseThrow(() -> new UserFacingException("whistleblowing.error.unknownCode"));
    }

    private ReporterView reporterView(WhistleblowingCase c) {
        List<ReporterView.Line> thread = messages.findThread(c.getId()).stream()
                .filter(WhistleblowingMessage::isVisibleToReporter)
                .map(m -> new ReporterView.Line(m.getCreatedAt(), m.getAuthor(), m.getBody(), m.getToStatus()))
                .toList();
        return new ReporterView(c.getSubject(), c.getDescription(), c.getReceivedAt(), c.getStatus(), thread);
    }

    /** A notice with no content: only that something came in, and where to look. */
    private void notifyReceivers(String eventType, String dedupeKey, String messageKey, Long caseId) {
        List<String> receivers = tx.execute(status -> em.createQuery(
                "select u.username from UserAccount u join u.roles r where r = :role and u.active = true",
                String.class).setParameter("role", Roles.WHISTLEBLOWING_RECEIVER).getResultList());
        for (String receiver : receivers) {
            notifier.send(new Notice(receiver, eventType, dedupeKey, messageKey, List.of(), WhistleblowingLinks.whistleblowingCase(caseId)));
        }
    }

    // ---- receiving ------------------------------------------------------------------------------------

    @PreAuthorize(RECEIVER)
    @Transactional(readOnly = true)
    public List<CaseRow> page(CaseStatus status, Integer year, PageSlice slice) {
        return lists.page(WhistleblowingCase.class, where(status, year),
                (c, cb) -> List.of(cb.desc(c.get("receivedAt")), cb.desc(c.get("id"))), slice).stream()
                .map(WhistleblowingService::toRow).toList();
    }

    @PreAuthorize(RECEIVER)
    @Transactional(readOnly = true)
    public long count(CaseStatus status, Integer year) {
        return lists.count(WhistleblowingCase.class, where(status, year));
    }

    @PreAuthorize(RECEIVER)
    @Transactional(readOnly = true)
    public CaseDetail detail(Long id) {
        WhistleblowingCase c = cases.findById(id).orElseThrow(() -> new UserFacingException("error.notFound"));
        List<CaseDetail.Line> thread = messages.findThread(id).stream()
                .map(m -> new CaseDetail.Line(m.getCreatedAt(), m.getCreatedBy(), m.getAuthor(),
                        m.isVisibleToReporter(), m.getBody(), m.getFromStatus(), m.getToStatus()))
                .toList();
        return new CaseDetail(toRow(c), c.getDescription(), c.getOccurredOn(), c.getConcerns(),
                c.getReporterUsername(), c.getReporterName(), c.getReporterContact(), thread);
    }

    /** An answer to the reporter (shown with the receipt code) or, when not visible, an internal note. */
    @PreAuthorize(RECEIVER)
    @Transactional
    public CaseDetail reply(Long id, String text, boolean visibleToReporter) {
        String body = SafeText.required(text, TextLimits.LONG_TEXT, "whistleblowing.field.reply");
        WhistleblowingCase c = cases.findById(id).orElseThrow(() -> new UserFacingException("error.notFound"));
        messages.saveAndFlush(new WhistleblowingMessage(c, WhistleblowingMessage.Author.RECEIVER, visibleToReporter,
                body, null, null));
        return detail(id);
    }

    /** Changes the status; the change is a thread row the reporter sees. Closing needs a comment. */
    @PreAuthorize(RECEIVER)
    @Transactional
    public CaseDetail changeStatus(Long id, long expectedVersion, CaseStatus status, String comment) {
        if (status == null) {
            throw new UserFacingException("whistleblowing.error.statusRequired");
        }
        WhistleblowingCase c = cases.findById(id).orElseThrow(() -> new UserFacingException("error.notFound"));
        if (c.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(WhistleblowingCase.class, id);
        }
        String body = SafeText.optional(comment, TextLimits.LONG_TEXT, "whistleblowing.statusComment");
        if (status == CaseStatus.CLOSED && body == null) {
            throw new UserFacingException("whistleblowing.error.closeNeedsComment");
        }
        if (status == c.getStatus()) {
            throw new UserFacingException("whistleblowing.error.sameStatus");
        }
        CaseStatus from = c.getStatus();
        c.changeStatus(status);
        cases.saveAndFlush(c);
        messages.saveAndFlush(new WhistleblowingMessage(c, WhistleblowingMessage.Author.RECEIVER, true, body, from,
                status));
        return detail(id);
    }

    // ---- statistics -----------------------------------------------------------------------------------

    /**
     * Number of reports received per year (numbers only), every year from the first report to the current one,
     * years without reports as 0.
     */
    @PreAuthorize(STATISTICS)
    @Transactional(readOnly = true)
    public Map<Integer, Long> countPerYear() {
        Map<Integer, Long> counts = new TreeMap<>();
        counts.put(LocalDate.now(clock.withZone(Formats.ZONE)).getYear(), 0L);
        for (Object[] row : cases.countPerYear()) {
            counts.put(((Number) row[0]).intValue(), ((Number) row[1]).longValue());
        }
        // a year without reports is a figure the annual report prints (0), not a missing line
        int first = ((TreeMap<Integer, Long>) counts).firstKey();
        int last = ((TreeMap<Integer, Long>) counts).lastKey();
        for (int year = first; year <= last; year++) {
            counts.putIfAbsent(year, 0L);
        }
        return counts;
    }

    @PreAuthorize(STATISTICS)
    @Transactional(readOnly = true)
    public long countForYear(int year) {
        return lists.count(WhistleblowingCase.class, where(null, year));
    }

    // ---- helpers --------------------------------------------------------------------------------------

    ReportDraft validate(ReportDraft d) {
        if (d == null) {
            throw SafeText.Problem.EMPTY.refusal("whistleblowing.subject", SUBJECT_LIMIT);
        }
        String subject = SafeText.required(d.subject(), SUBJECT_LIMIT, "whistleblowing.subject");
        String description = SafeText.required(d.description(), TEXT_LIMIT, "whistleblowing.description");
        String concerns = SafeText.optional(d.concerns(), TextLimits.NAME, "whistleblowing.field.concerns");
        if (d.occurredOn() != null && d.occurredOn().isAfter(LocalDate.now(clock.withZone(Formats.ZONE)))) {
            throw new UserFacingException("whistleblowing.error.futureDate");
        }
        if (d.anonymous()) {
            return new ReportDraft(subject, description, d.occurredOn(), concerns, true, null, null);
        }
        String name = SafeText.optional(d.name(), TextLimits.NAME, "whistleblowing.name");
        String contact = SafeText.optional(d.contact(), TextLimits.EMAIL, "whistleblowing.contact");
        return new ReportDraft(subject, description, d.occurredOn(), concerns, false, name, contact);
    }

    private static ListQueries.Where<WhistleblowingCase> where(CaseStatus status, Integer year) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (status != null) {
                where.add(cb.equal(root.get("status"), status));
            }
            if (year != null) {
                where.add(cb.equal(root.get("receivedYear"), year));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    private static CaseRow toRow(WhistleblowingCase c) {
        return new CaseRow(c.getId(), c.getVersion(), c.getReceivedAt(), c.getChannel(), c.isAnonymous(),
                c.getSubject(), c.getStatus());
    }
}
