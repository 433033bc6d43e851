package no.kommune.portal.decisions.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import no.kommune.portal.base.imports.LimitedUpload;
import no.kommune.portal.base.imports.TabularFile;
import no.kommune.portal.base.ui.Notices;
import no.kommune.portal.decisions.CaseRegister;
import no.kommune.portal.decisions.CaseRow;
import no.kommune.portal.decisions.DecisionLinks;
import no.kommune.portal.organisation.OrganisationService;
import no.kommune.portal.organisation.PoliticalBody;
import no.kommune.portal.organisation.Roles;

/**
 * The political cases each body has dealt with, as the annual reports list them, with the number of mandates
 * followed up from each. Lazy; management imports a body's case list (CSV/xlsx).
 */
@Route(DecisionLinks.CASES)
@RolesAllowed({Roles.MANAGEMENT, Roles.ADMIN, Roles.QUALITY, Roles.POLITICIAN, Roles.LEADER})
@Menu(order = 12, icon = "vaadin:gavel", title = "decisions.cases.nav")
public class CaseListView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient CaseRegister register;
    final ComboBox<PoliticalBody> body = new ComboBox<>();
    final IntegerField year = new IntegerField();
    final TextField text = new TextField();
    final Grid<CaseRow> grid = new Grid<>(CaseRow.class, false);
    final Span count = new Span();

    private final transient OrganisationService organisation;
    /** True while {@link #beforeEnter} resets the filters, so their listeners do not each count the cases. */
    private boolean resetting;

    public CaseListView(CaseRegister register, OrganisationService organisation, AuthenticationContext auth) {
        this.register = register;
        this.organisation = organisation;
        setSizeFull();
        body.setPlaceholder(getTranslation("decisions.cases.body"));
        body.setItemLabelGenerator(PoliticalBody::getName);
        body.setClearButtonVisible(true);
        year.setPlaceholder(getTranslation("decisions.cases.year"));
        year.setMin(1990);
        year.setMax(2100);
        year.setClearButtonVisible(true);
        text.setPlaceholder(getTranslation("decisions.search"));
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setMaxLength(200);
        text.setClearButtonVisible(true);
        body.addValueChangeListener(e -> refreshUnlessResetting());
        year.addValueChangeListener(e -> refreshUnlessResetting());
        text.addValueChangeListener(e -> refreshUnlessResetting());
        count.setId("case-count");
        HorizontalLayout filters = new HorizontalLayout(body, year, text, count);
        filters.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        filters.setWrap(true);

        grid.setId("case-grid");
        grid.addColumn(CaseRow::caseNumbers).setHeader(getTranslation("decisions.cases.caseNumber")).setAutoWidth(true);
        grid.addColumn(CaseRow::title).setHeader(getTranslation("decisions.cases.title")).setFlexGrow(4);
        grid.addColumn(CaseRow::bodyName).setHeader(getTranslation("decisions.cases.body")).setAutoWidth(true);
        grid.addColumn(CaseRow::year).setHeader(getTranslation("decisions.cases.year")).setAutoWidth(true);
        grid.addColumn(CaseRow::mandates).setHeader(getTranslation("decisions.cases.mandates")).setAutoWidth(true);
        grid.setSizeFull();

        add(new Paragraph(getTranslation("decisions.cases.intro")), filters);
        if (auth.hasRole(Roles.MANAGEMENT)) {
            add(importer());
        }
        add(grid);
    }

    private void refreshUnlessResetting() {
        if (!resetting) {
            refresh();
        }
    }

    private Upload importer() {
        Upload upload = new Upload(LimitedUpload.tabularFile(this::importFile, Notices::failure));
        upload.setId("case-import");
        upload.setUploadButton(new com.vaadin.flow.component.button.Button(getTranslation("decisions.cases.import")));
        // what the file picker offers (what the deprecated setAcceptedFileTypes set); not setAcceptedFileExtensions/
        // MimeTypes: those also reject on the server with Vaadin's English text before TabularFile's own message
        upload.getElement().setProperty("accept", String.join(",", TabularFile.acceptedFileTypes()));
        upload.setMaxFileSize(TabularFile.MAX_BYTES);
        upload.setMaxFiles(1);
        return upload;
    }

    void importFile(String fileName, byte[] data) {
        try {
            int created = register.importCaseList(data, fileName, body.getValue() == null ? null : body.getValue().getId());
            Notices.success("decisions.cases.imported", created);
            refresh();
        } catch (RuntimeException e) {
            Notices.failure(e);
        }
    }

    private CaseRegister.Filter filter() {
        return new CaseRegister.Filter(body.getValue() == null ? null : body.getValue().getId(), year.getValue(),
                text.getValue());
    }

    void refresh() {
        CaseRegister.Filter filter = filter();
        long total = register.count(filter);
        count.setText(getTranslation("decisions.cases.count", total));
        grid.setItems(query -> register.page(filter, query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(total, Integer.MAX_VALUE));
    }

    /** No filter and fresh rows on every visit: the router reuses this view when the menu link is clicked again. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        resetting = true;
        try {
            body.setItems(organisation.activeBodies());
            body.clear();
            year.clear();
            text.clear();
        } finally {
            resetting = false;
        }
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("decisions.cases.nav");
    }
}
