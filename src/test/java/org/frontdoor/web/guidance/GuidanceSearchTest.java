package org.frontdoor.web.guidance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.frontdoor.web.guidance.GuidanceEntry.Kind;
import org.junit.jupiter.api.Test;

/** The guidance search as a school, GP or police officer types: with the real synonyms, stop words and topics files. */
class GuidanceSearchTest {
    /** Indicators and routes worded as in the packaged tables. */
    static final List<GuidanceEntry> ENTRIES = List.of(
            indicator("L1-CD-03", "Attends school or nursery regularly and is making expected progress"),
            indicator("L2-CD-05", "Weight not tracking as expected, or obesity; inadequate diet (for example no breakfast) health"),
            indicator("L2-CD-06", "Low-level emotional or mental-health difficulty, including low-level self-harm mental-health"),
            indicator("L2-CD-07", "Disruptive or challenging behaviour at home or school; struggles with boundaries behaviour"),
            indicator("L2-CD-11", "First missing episodes or talk of running away missing"),
            indicator("L3-CD-01", "Persistent absence (below 90% and falling despite intervention) or NEET education"),
            indicator("L3-PC-04", "Boundaries too loose, too harsh, or physical chastisement; parent not a good role model parenting"),
            indicator("L4-CD-01", "Bruise, mark or injury on a non-mobile baby or child injury"),
            indicator("L4-CD-03", "Child discloses physical, sexual or emotional abuse (by a carer or by a professional) abuse-disclosure"),
            indicator("L4-CD-06", "Known (high-risk) sexual or criminal exploitation, gang or drug-line involvement exploitation"),
            indicator("L4-CD-08", "FGM known or imminent risk; forced marriage or so-called honour-based abuse fgm"),
            indicator("L4-CD-10", "Suicidal thoughts, plans or attempts; acute mental-health crisis mental-health"),
            indicator("L4-CD-11", "Faltering growth with no medical cause; lack of food linked to neglect neglect"),
            indicator("L4-CD-15", "Immediate risk from radicalisation or travel to conflict zones radicalisation"),
            indicator("L2-PC-06", "Emerging neglect, for example home hazards or poor hygiene once a baby is crawling neglect"),
            route("PAEDS", "Urgent paediatric assessment Same day An injury on a non-mobile child."),
            route("P10", "Missing-episode return home interview Return home interview offered within 72 hours of return Any child reported missing and found or returned."),
            route("P7", "MARAC referral (high-risk domestic abuse) Refer now; heard at MARAC within 2 weeks High-risk domestic abuse: DASH 14 or more."));

    private final GuidanceSearch search = new GuidanceSearch();

    private static GuidanceEntry indicator(String code, String text) {
        return new GuidanceEntry(Kind.INDICATOR, code, text);
    }

    private static GuidanceEntry route(String code, String text) {
        return new GuidanceEntry(Kind.ROUTE, code, text);
    }

    private GuidanceSearch.Result find(String query) {
        return search.search("1", () -> ENTRIES, query);
    }

    private List<String> codes(String query) {
        return find(query).keys().stream().map(k -> k.substring(k.indexOf(':') + 1)).sorted().toList();
    }

    @Test
    void anyCaseFindsTheSameEntries() {
        assertThat(codes("BRUISE")).contains("L4-CD-01").isEqualTo(codes("bruise")).isEqualTo(codes("Bruise"));
        assertThat(codes("fgm")).containsExactly("L4-CD-08");
    }

    @Test
    void hyphensSpacesAndRunTogetherWordsAreAlike() {
        assertThat(codes("self-harm")).contains("L2-CD-06", "L4-CD-10");
        assertThat(codes("self harm")).isEqualTo(codes("self-harm"));
        assertThat(codes("Selfharm")).isEqualTo(codes("self-harm"));
        assertThat(codes("non mobile")).containsExactly("L4-CD-01", "PAEDS");
        assertThat(codes("nonmobile")).isEqualTo(codes("non-mobile")).isEqualTo(codes("non mobile"));
    }

    @Test
    void pluralsAndOtherFormsOfAWordFindEachOther() {
        assertThat(codes("attend")).contains("L1-CD-03", "L3-CD-01");   // "Attends school"; attendance is a synonym of absence
        assertThat(codes("bruises")).contains("L4-CD-01");
        assertThat(codes("bruising")).contains("L4-CD-01");
        assertThat(codes("injuries")).contains("L4-CD-01", "PAEDS");
        assertThat(codes("neglected")).contains("L4-CD-11", "L2-PC-06");
        assertThat(codes("child's injury")).contains("L4-CD-01");
    }

    @Test
    void theWordsPartnersUseFindTheGuidancesWords() {
        assertThat(codes("suicide")).contains("L4-CD-10", "L2-CD-06");
        assertThat(codes("cuts")).contains("L2-CD-06", "L4-CD-10");
        assertThat(codes("hitting")).contains("L4-CD-03", "L3-PC-04");
        assertThat(codes("not eating")).contains("L4-CD-11", "L2-CD-05");
        assertThat(codes("dirty")).contains("L2-PC-06");
        assertThat(codes("drugs")).contains("L4-CD-06");
        assertThat(codes("gangs")).contains("L4-CD-06");
        assertThat(codes("county lines")).contains("L4-CD-06");
        assertThat(codes("running away")).contains("L2-CD-11", "P10");
        assertThat(codes("ran away")).contains("L2-CD-11");
        assertThat(codes("forced marriage")).containsExactly("L4-CD-08");
        assertThat(codes("Radicalization")).containsExactly("L4-CD-15");
        assertThat(codes("prevent")).contains("L4-CD-15");
        assertThat(codes("baby with a bruise")).contains("L4-CD-01", "PAEDS");
        assertThat(codes("domestic violence")).contains("P7");
        assertThat(codes("truanting")).contains("L3-CD-01");
    }

    @Test
    void everyWordMustBeFoundSoLongerQueriesNarrowTheResults() {
        assertThat(codes("mental health")).contains("L2-CD-06", "L4-CD-10");
        assertThat(codes("mental health crisis")).containsExactly("L4-CD-10");
        assertThat(codes("a the with")).isEmpty();
    }

    @Test
    void aCodeFindsItsEntry() {
        assertThat(codes("L2-CD-07")).containsExactly("L2-CD-07");
        assertThat(codes("paeds")).containsExactly("PAEDS");
    }

    @Test
    void whenNothingMatchesItSuggestsASpellingTheGuidanceKnowsAndTheCommonTopics() {
        GuidanceSearch.Result misspelt = find("bruse");
        assertThat(misspelt.empty()).isTrue();
        assertThat(misspelt.didYouMean()).contains("bruise");
        assertThat(find("radicalsation").didYouMean()).contains("radicalisation");
        assertThat(find("sucide").didYouMean()).contains("suicide");   // a synonym's word, found through it

        GuidanceSearch.Result nothing = find("xylophone");
        assertThat(nothing.empty()).isTrue();
        assertThat(nothing.didYouMean()).isEmpty();
        assertThat(nothing.topics()).extracting(GuidanceSearch.Topic::query).contains("neglect", "self-harm", "missing");
        assertThat(nothing.topics()).allSatisfy(t -> assertThat(t.matches()).isPositive());
        assertThat(nothing.topics()).extracting(GuidanceSearch.Topic::query).doesNotContain("housing");   // finds nothing here

        assertThat(find("bruise").didYouMean()).isEmpty();
        assertThat(find("bruise").topics()).isEmpty();
    }

    @Test
    void theIndexIsBuiltAgainOnlyWhenTheRuleSetChanges() {
        AtomicInteger builds = new AtomicInteger();
        GuidanceSearch fresh = new GuidanceSearch();
        fresh.search("1/abc", () -> { builds.incrementAndGet(); return ENTRIES; }, "bruise");
        fresh.search("1/abc", () -> { builds.incrementAndGet(); return ENTRIES; }, "neglect");
        assertThat(builds).hasValue(1);
        GuidanceSearch.Result after = fresh.search("2/def", () -> { builds.incrementAndGet(); return List.of(indicator("L9-X-01", "Bruised knee")); }, "bruise");
        assertThat(builds).hasValue(2);
        assertThat(after.keys()).containsExactly("INDICATOR:L9-X-01");
    }

    @Test
    void theSynonymListHasAtLeastThirtyGroupsAndEachLeftHandWordStillFindsItself() throws java.io.IOException {
        String text;
        try (var in = GuidanceSearch.class.getClassLoader().getResourceAsStream(GuidanceSearch.SYNONYMS)) {
            text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        assertThat(text.lines().filter(l -> !l.isBlank() && !l.strip().startsWith("#"))).hasSizeGreaterThanOrEqualTo(30);
        assertThat(GuidanceSearch.keepingOriginals("a, b c => d, e f\nx, y")).isEqualTo("a => a, d, e f\nb c => b c, d, e f\nx, y\n");
    }
}
