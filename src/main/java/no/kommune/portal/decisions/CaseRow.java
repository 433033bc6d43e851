package no.kommune.portal.decisions;

/** One political case in the register: the body's case list as printed, and how many mandates follow it up. */
public record CaseRow(Long id, String bodyName, int year, String caseNumbers, String title, long mandates) {
}
