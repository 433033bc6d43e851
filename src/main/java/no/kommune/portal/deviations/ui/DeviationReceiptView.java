package no.kommune.portal.deviations.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import no.kommune.portal.deviations.DeviationLinks;
import no.kommune.portal.deviations.DeviationService;
import no.kommune.portal.deviations.DeviationViews;

/**
 * The receipt after reporting a deviation: its number, where it went (unit and leader), what happens next, and
 * "report another". Only the reporter sees it (the service checks).
 */
@Route(DeviationLinks.RECEIPT)
@PermitAll
public class DeviationReceiptView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final DeviationService service;
    final Div receipt = new Div();
    final Button reportAnother = new Button();

    public DeviationReceiptView(DeviationService service) {
        this.service = service;
        setMaxWidth("800px");
        // once: setParameter runs on every visit (the router reuses this view for the next receipt)
        reportAnother.addClickListener(e -> UI.getCurrent().navigate(ReportDeviationView.class));
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        removeAll();
        DeviationViews.Receipt r = service.receipt(id);
        receipt.setId("receipt");
        receipt.removeAll();
        receipt.add(new Paragraph(getTranslation("deviations.receipt.number", r.id())));
        receipt.add(new Paragraph(r.leaderName().isEmpty()
                ? getTranslation("deviations.receipt.wentToUnitOnly", r.unitName())
                : getTranslation("deviations.receipt.wentTo", r.unitName(), r.leaderName())));
        receipt.add(new Paragraph(getTranslation(r.leaderName().isEmpty()
                ? "deviations.receipt.nextQuality" : "deviations.receipt.next")));
        reportAnother.setText(getTranslation("deviations.report.another"));
        reportAnother.setId("report-another");
        reportAnother.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button open = new Button(getTranslation("deviations.receipt.open"),
                e -> UI.getCurrent().navigate(DeviationDetailView.class, r.id()));
        open.setId("receipt-open");
        Button mine = new Button(getTranslation("deviations.receipt.mine"),
                e -> UI.getCurrent().navigate(MyDeviationsView.class));
        add(new H2(getTranslation("deviations.receipt.title")), receipt,
                new HorizontalLayout(reportAnother, open, mine));
        reportAnother.focus();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("deviations.receipt.title");
    }
}
