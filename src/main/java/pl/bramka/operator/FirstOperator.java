package pl.bramka.operator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** Creates the operator named in the configuration (or on the command line) at start, if it does not exist yet. */
@Component
class FirstOperator implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(FirstOperator.class);
    static final int MIN_PASSWORD_LENGTH = 12;

    private final OperatorAccounts accounts;
    private final OperatorSettings settings;

    FirstOperator(OperatorAccounts accounts, OperatorSettings settings) {
        this.accounts = accounts;
        this.settings = settings;
    }

    @Override
    public void run(ApplicationArguments args) {
        String email = settings.email();
        if (email == null || email.isBlank()) {
            return;
        }
        String password = settings.password();
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalStateException("bramka.operator.password must have at least " + MIN_PASSWORD_LENGTH
                    + " characters to create the operator " + email);
        }
        if (accounts.create(email, "Operator", password)) {
            LOG.info("Operator {} created; sign in at /operator/login", email);
        }
    }
}
