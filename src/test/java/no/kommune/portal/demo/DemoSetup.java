package no.kommune.portal.demo;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/** The demo run's municipality, from {@code portal.demo.municipality} (see {@link DemoMunicipality}). */
@Configuration
@Profile({"dev", "demotest"})
class DemoSetup {

    @Bean
    DemoMunicipality demoMunicipality(@Value("${" + DemoMunicipality.SETTING + ":roros}") String setting) {
        return DemoMunicipality.of(setting);
    }
}
