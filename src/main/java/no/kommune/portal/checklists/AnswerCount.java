package no.kommune.portal.checklists;

/** Number of answers with one value in one area of one unit's checklist. */
record AnswerCount(Long instanceId, int areaNo, AnswerValue answer, long count) {
}
