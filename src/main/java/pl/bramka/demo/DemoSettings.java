package pl.bramka.demo;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param credentialsFile where the demo logins are written on the first start */
@ConfigurationProperties("bramka.demo")
record DemoSettings(@DefaultValue("data/demo-credentials.properties") Path credentialsFile) {
}
