package io.quire.support;

import java.util.Map;

/** The multi-language fixture content root (src/test/resources/content/languages, see its README.txt). */
public class LanguagesContentProfile extends SuiteProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quire.content.dir", "src/test/resources/content/languages",
                "quire.content.default-language", "en",
                "quire.site.post-url-template", "{baseUrl}/{lang}/posts/{slug}",
                "quire.preview.token", MutableContentProfile.PREVIEW_TOKEN);
    }
}
