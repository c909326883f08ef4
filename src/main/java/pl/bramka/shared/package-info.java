/**
 * Value types and helpers every module may use and no module owns: money in minor units with its currency, random
 * tokens and their digests, identifiers read from addresses, the language a page proposes, redirects after forms,
 * ranges of Warsaw days and the range presets pages offer, the rule for e-mail addresses and the application's
 * public address; and the operational plumbing every request and probe goes through: request ids, the log format and
 * the readiness probe's bounded checks.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared kernel", allowedDependencies = {},
        type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package pl.bramka.shared;
