/**
 * Value types and helpers every module may use and no module owns: money in minor units with its currency, random
 * tokens and their digests, identifiers read from addresses, the language a page proposes, redirects after forms,
 * ranges of Warsaw days and the range presets pages offer.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared kernel", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package pl.bramka.shared;
