package no.kommune.portal.reports.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.List;
import no.kommune.portal.base.Formats;
import no.kommune.portal.base.ui.Notices;
import no.kommune.portal.decisions.ReportingPeriod;
import no.kommune.portal.organisation.Roles;
import no.kommune.portal.reports.ReportLinks;
import no.kommune.portal.reports.ReportPack;
import no.kommune.portal.reports.ReportPackService;
import no.kommune.portal.reports.ReportPackSummary;

/**
 * Order the report pack for a period and download it when it is done. The pack is made in the background;
 * while one is being made the page polls for its status, and the user may leave and come back.
 */
@Route(ReportLinks.PACKS)
@RolesAllowed({Roles.MANAGEMENT, Roles.QUALITY})
@Menu(order = 70, icon = "vaadin:book", title = "reports.nav")
public class ReportPackView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final int POLL_MS = 1000;

    private final transient ReportPackService service;
    final ComboBox<ReportingPeriod> period = new ComboBox<>();
    final RadioButtonGroup<ReportPack.Format> format = new RadioButtonGroup<>();
    final Grid<ReportPackSummary> packs = new Grid<>(ReportPackSummary.class, false);
    /** Which period the pack will cover and as of when, in the words the pack itself prints. */
    final Paragraph coverage = new Paragraph();
    private com.vaadin.flow.shared.Registration pollRegistration;

    public ReportPackView(ReportPackService service) {
        this.service = service;
        setSizeFull();
        period.setLabel(getTranslation("reports.period"));
        List<ReportingPeriod> periods = service.periods();
        period.setItems(periods);
        period.setItemLabelGenerator(p -> p.getName() + " – "
                + getTranslation(p.isOpen() ? "reports.period.open" : "reports.period.closed"));
        // the open period is the one being reported on; a closed one is chosen to print an earlier report again
        periods.stream().filter(ReportingPeriod::isOpen).findFirst().or(() -> periods.stream().findFirst())
                .ifPresent(period::setValue);
        period.setId("report-period");
        period.setWidth("20em");
        coverage.setId("report-coverage");
        period.addValueChangeListener(e -> showCoverage(e.getValue()));
        showCoverage(period.getValue());
        format.setLabel(getTranslation("reports.format"));
        format.setItems(ReportPack.Format.values());
        format.setItemLabelGenerator(f -> getTranslation("reports.format." + f.name()));
        format.setValue(ReportPack.Format.PDF);
        Button generate = new Button(getTranslation("reports.generate"), e -> generate());
        generate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        generate.setId("generate-report-pack");
        HorizontalLayout order = new HorizontalLayout(period, format, generate);
        order.setDefaultVerticalComponentAlignment(Alignment.BASELINE);

        packs.setId("report-packs");
        packs.addColumn(ReportPackSummary::periodName).setHeader(getTranslation("reports.column.period"));
        packs.addColumn(p -> getTranslation("reports.format." + p.format().name()))
                .setHeader(getTranslation("reports.column.format")).setAutoWidth(true);
        packs.addColumn(p -> Formats.dateTime(p.requestedAt())).setHeader(getTranslation("reports.column.requested"))
                .setAutoWidth(true);
        packs.addColumn(p -> getTranslation("reports.status." + p.status().name()))
                .setHeader(getTranslation("reports.column.status")).setAutoWidth(true);
        packs.addColumn(p -> p.durationMs() == null ? ""
                : getTranslation("reports.seconds", String.format(getLocale(), "%.1f", p.durationMs() / 1000.0)))
                .setHeader(getTranslation("reports.column.duration")).setAutoWidth(true);
        packs.addComponentColumn(this::downloadLink).setKey("file").setHeader(getTranslation("reports.column.file"));
        add(new Paragraph(getTranslation("reports.intro")), order, coverage, new H2(getTranslation("reports.mine")), packs);
        // the list is loaded in onAttach, which also starts polling when a pack is still being made
    }

    private void showCoverage(ReportingPeriod chosen) {
        if (chosen == null) {
            coverage.setText("");
            return;
        }
        var scope = service.coverageOf(chosen);
        coverage.setText(getTranslation(scope.closed() ? "reports.coverage.closed" : "reports.coverage.open",
                scope.name(), Formats.date(scope.from()), Formats.date(scope.to()),
                Formats.date(java.time.LocalDate.now(Formats.ZONE))));
    }

    private com.vaadin.flow.component.Component downloadLink(ReportPackSummary pack) {
        if (pack.status() == ReportPack.Status.FAILED) {
            // the stored error is for the operators' log; the orderer is told what to do
            boolean abandoned = ReportPackSummary.ABANDONED.equals(pack.error());
            Span failed = new Span(getTranslation(abandoned ? "reports.error.abandoned" : "reports.error.failed"));
            failed.addClassName("report-pack-failed");
            return failed;
        }
        if (pack.status() != ReportPack.Status.DONE) {
            return new Span();
        }
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = service.content(pack.id());
            return new DownloadResponse(new ByteArrayInputStream(bytes), pack.fileName(), pack.format().export().mimeType(),
                    bytes.length);
        }), getTranslation("reports.download"));
        link.getElement().setAttribute("download", true);
        link.setId("download-" + pack.id());
        return link;
    }

    private void generate() {
        try {
            service.request(period.getValue() == null ? null : period.getValue().getId(), format.getValue());
            Notices.success("reports.started");
            refresh();
        } catch (RuntimeException e) {
            Notices.failure(e);
        }
    }

    void refresh() {
        List<ReportPackSummary> mine = service.mine(20);
        packs.setItems(mine);
        // Poll only while something is being made: the status changes on a background thread.
        getUI().ifPresent(ui -> ui.setPollInterval(mine.stream().anyMatch(ReportPackSummary::pending) ? POLL_MS : -1));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        pollRegistration = attachEvent.getUI().addPollListener(e -> refresh());
        refresh();
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (pollRegistration != null) {
            pollRegistration.remove();
        }
        detachEvent.getUI().setPollInterval(-1);
    }

    /** Fresh rows on every visit: the router reuses this view (and it stays attached) when the menu is clicked again. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (isAttached()) {
            refresh();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reports.nav");
    }
}
