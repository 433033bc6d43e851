/**
 * What every feature may use: the entity base, history, text rules, exports, imports, the layout and the caches'
 * change counters. It depends on no feature. Declared an open module, so features may use its sub-packages.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package no.kommune.portal.base;
