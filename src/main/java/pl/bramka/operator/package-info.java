/**
 * The operator console under {@code /operator}: the gateway operator's own accounts and sign-in (its own security
 * filter chain and session key, so a merchant user never reaches the console nor an operator the panel), onboarding,
 * blocking and unblocking merchants, activating and blocking shops, the default commission table with its history,
 * and payouts across merchants. Every action is recorded in {@code operator_action} and published as
 * {@link pl.bramka.operator.OperatorActionTaken}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Operator console",
        allowedDependencies = {"merchant", "shop", "user", "payout", "shared"})
package pl.bramka.operator;
