package org.claimline.cleaning.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Stopwords, language guess, date and byline patterns shared by the text and HTML cleaners. */
class SharedPatternsTest {

    @Test
    void stopwordsComeFromLucene() {
        Stopwords en = Stopwords.forLanguage("en");
        assertNotNull(en);
        assertTrue(en.size() > 100, "snowball list, not the 33-word default");
        assertTrue(en.contains("the") && en.contains("which"));
        assertFalse(en.contains("korea"));
        assertNotNull(Stopwords.forLanguage("de"));
        assertNotNull(Stopwords.forLanguage("ru"));
        assertNull(Stopwords.forLanguage("xx"));
    }

    @Test
    void languageGuess() {
        assertEquals("en", LanguageGuess.guess("The cat sat on the mat and it was not happy about the weather at all."));
        assertEquals("de", LanguageGuess.guess("Die Katze saß auf der Matte und sie war nicht glücklich über das Wetter."));
        assertEquals("fr", LanguageGuess.guess("Le chat était assis sur le tapis et il n'était pas content de la pluie."));
        assertEquals("es", LanguageGuess.guess("El gato estaba sentado en la alfombra y no estaba contento con el tiempo."));
        assertEquals("ja", LanguageGuess.guess("日本と韓国の関係は昨年、近年の記憶の中で最も対立的な時期の一つでした。"));
        assertEquals("ko", LanguageGuess.guess("한국과 일본의 관계는 지난해 가장 대립적인 시기 중 하나였다."));
        assertNull(LanguageGuess.guess("12345 --- ###"));
    }

    @Test
    void datesWithLabels() {
        DatePatterns.Found p = DatePatterns.findLabeled("Posted : 2020-01-04 10:38");
        assertEquals("2020-01-04T10:38", p.value().toIso());
        assertEquals(DatePatterns.Label.PUBLISHED, p.label());
        DatePatterns.Found u = DatePatterns.findLabeled("Last updated: January 16, 2020 at 10:31 AM");
        assertEquals("2020-01-16T10:31", u.value().toIso());
        assertEquals(DatePatterns.Label.UPDATED, u.label());
        assertEquals("2019-11-19T21:02", DatePatterns.find("Associated Press November 19, 2019, 9:02 PM").value().toIso());
        assertEquals("2020-01-04", DatePatterns.find("4 January 2020").value().toIso());
        assertEquals("2020-01-04", DatePatterns.find("Sat 4th Jan. 2020").value().toIso());
        assertEquals("2019-12-24T16:15", DatePatterns.find("2019-12-24 16:15 | Foreign Affairs").value().toIso());
        assertEquals("2020-01-04", DatePatterns.find("04.01.2020").value().toIso());
        assertNull(DatePatterns.find("2020-13-45"));
        assertNull(DatePatterns.find("no date here, 42 of them"));
        assertEquals(DatePatterns.Label.NONE, DatePatterns.findLabeled("Sun, October 1, 2023 | 05:38").label());
        assertEquals("2019-11-19T07:05", DatePatterns.find("Published Tue, Nov 19 20197:05 AM ESTUpdated").value().toIso());
        assertNull(DatePatterns.find("Summer 12, 2019 was hot"));
    }

    @Test
    void bylines() {
        assertEquals(List.of("Song Wha-sup"), BylinePatterns.parse("By Song Wha-sup"));
        assertEquals(List.of("Jane Doe", "John Roe"), BylinePatterns.parse("By Jane Doe and John Roe | Updated 5 pm"));
        assertEquals(List.of("Ludwig van Beethoven"), BylinePatterns.parse("Written by Ludwig van Beethoven"));
        assertEquals(List.of("Ada Lovelace"), BylinePatterns.parse("Author: Ada Lovelace"));
        assertEquals(List.of(), BylinePatterns.parse("By the time we arrived, the shop had closed."));
        assertEquals(List.of(), BylinePatterns.parse("Stand by me"));
        assertTrue(BylinePatterns.isBioOf("Song Wha-sup is a Senior Research Fellow at KIDA.", "Song Wha-sup"));
        assertTrue(BylinePatterns.isBioOf("Doe (@jdoe) writes about energy.", "Jane Doe"));
        assertFalse(BylinePatterns.isBioOf("Seoul is a big city.", "Song Wha-sup"));
    }

    @Test
    void koreanReportersComeBeforeTheirTitle() {
        assertEquals(List.of("송화섭"), BylinePatterns.parse("송화섭 기자"));
        assertEquals(List.of("홍길동"), BylinePatterns.parse("(서울=연합뉴스) 홍길동 특파원 = hong@example.kr"));
        assertEquals(List.of("홍길동", "김철수"), BylinePatterns.parse("홍길동·김철수 기자"));
        // a sentence about reporters is no byline
        assertEquals(List.of(), BylinePatterns.parse("정부는 오늘 기자회견을 열고 새 정책을 발표했다."));
        assertEquals(List.of(), BylinePatterns.parse("많은 기자들이 현장에 모였다"));
    }

    @Test
    void bylinesWithDatesContactsAndHandlesAroundTheNames() {
        assertEquals(List.of("Mike Wall"), BylinePatterns.parse("By Mike Wall 2019-11-18T20:51:19Z Science & Astronomy"));
        assertEquals(List.of("Lia Eustachewich", "Yaron Steinbuch"),
                BylinePatterns.parse("By Lia Eustachewich and Yaron Steinbuch"));
        assertEquals(List.of("Megan Rowe"), BylinePatterns.parse("By Megan Rowe meganr@example.com(509) 459-5382"));
        assertEquals(List.of("Lars Brandle"), BylinePatterns.parse("11/19/2019 by Lars Brandle"));
        assertEquals(List.of("Patrick Shanley"), BylinePatterns.parse("5:45 AM PST 11/19/2019 by Patrick Shanley"));
        assertEquals(List.of("Admin"), BylinePatterns.parse("Posted on Maret 30, 2015 by Admin"));
        assertEquals(List.of("Natasha Turak"), BylinePatterns.parse("Natasha Turak@NatashaTurak"));
        assertEquals(List.of("Nishant Kumar"), BylinePatterns.parse("Nishant Kumar @Nishantopines"));
        assertEquals(List.of("Devindra Hardawar"), BylinePatterns.parse("Devindra Hardawar, @devindra"));
        assertEquals(List.of("Jane Roe"), BylinePatterns.parse("Jane Roe @janeroe / 2 days"));
        assertEquals(List.of("Jane Roe"), BylinePatterns.parse("Jane Roe @janeroe · March 3, 2021"));
        // the author's picture, whose alt text is the name, glued to the byline
        assertEquals(List.of("Jane Roe"), BylinePatterns.parse("Jane RoeBy Jane Roe, Staff Writer"));
        assertEquals(List.of(), BylinePatterns.parse("Jane RoeBy John Doe"));
        assertEquals(List.of(), BylinePatterns.parse("Stand By Me"));
        assertEquals(List.of("Eleanor Ainge Roy", "Adrian Malloch"),
                BylinePatterns.parse("by Eleanor Ainge Roy (reporting) and Adrian Malloch (photography)"));
        assertEquals(List.of("Alex Heath"),
                BylinePatterns.parse("By Alex Heath, a deputy editor and author of the newsletter. He has covered tech"));
        assertEquals(List.of("Daniel Kahn Gillmor"), BylinePatterns.parse(
                "By Daniel Kahn Gillmor, Senior Staff Technologist, ACLU Speech, Privacy, and Technology Project"));
        assertEquals(List.of("Tom Krisher"), BylinePatterns.parse("By Tom Krisher, AP Auto Writer"));
        assertEquals(List.of("Jane Doe", "John Roe"), BylinePatterns.parse("By Jane Doe and John Roe"));
        assertEquals(List.of("Alex Perry"), BylinePatterns.nameWithDate("Alex Perry 1 day ago", false));
        assertEquals(List.of("Alex Perry"), BylinePatterns.nameWithDate("Alex Perry - 3 hours ago", false));
        assertEquals(List.of(), BylinePatterns.nameWithDate("Alex Perry and friends", false));
        // not bylines: a sentence with "by", a date alone, a mention inside a sentence
        assertEquals(List.of(), BylinePatterns.parse("Sales rose 5% by 2019 according to the report"));
        assertEquals(List.of(), BylinePatterns.parse("In 2019 by far the largest order"));
        assertEquals(List.of(), BylinePatterns.parse("Follow us @paper"));
        assertEquals(List.of(), BylinePatterns.parse("Posted on March 3, 2015 by the river we sat down and wept"));
    }

    @Test
    void datesInOtherLanguages() {
        assertEquals("2020-03-04", DatePatterns.find("Veröffentlicht am 4. März 2020").value().toIso());
        assertEquals(DatePatterns.Label.PUBLISHED, DatePatterns.findLabeled("Veröffentlicht am 4. März 2020").label());
        assertEquals("2015-04-30T07:19", DatePatterns.find("AFP 30 avril 2015 à 07:19").value().toIso());
        assertEquals(DatePatterns.Label.UPDATED, DatePatterns.findLabeled("modifié le 1 mai 2015").label());
        assertEquals("2017-12-01T03:00", DatePatterns.find("1 de diciembre de 2017 3:00 AM PST").value().toIso());
        assertEquals("2018-12-21T12:55", DatePatterns.find("21.dez.2018 às 12h55").value().toIso());
        assertEquals("2019-06-14", DatePatterns.find("14 giugno 2019").value().toIso());
        assertEquals("2015-03-30", DatePatterns.find("Posted on Maret 30, 2015 by Admin").value().toIso());
        assertEquals("2019-11-19T10:38", DatePatterns.find("2019年11月19日 10:38").value().toIso());
        assertEquals("2017-03-09", DatePatterns.find("2017年3月9日(木)").value().toIso());
        assertEquals("2020-01-04T10:38", DatePatterns.find("입력 2020년 1월 4일 10:38").value().toIso());
        assertEquals(DatePatterns.Label.PUBLISHED, DatePatterns.findLabeled("입력 2020.01.04 10:38").label());
        assertEquals(DatePatterns.Label.UPDATED, DatePatterns.findLabeled("수정 2020.01.16 10:31").label());
        List<DatePatterns.Found> both = DatePatterns.findAllLabeled(
                "Published: Nov. 19, 2019, 6:18 p.m. Updated: Nov. 19, 2019, 7:10 p.m.", 3);
        assertEquals(2, both.size());
        assertEquals(DatePatterns.Label.PUBLISHED, both.get(0).label());
        assertEquals(DatePatterns.Label.UPDATED, both.get(1).label());
        assertEquals("2019-11-19T19:10", both.get(1).value().toIso());
        // words that only look like months
        assertNull(DatePatterns.find("He came out 5, 2019 times"));
        assertNull(DatePatterns.find("They set 5, 2019 apart"));
        assertNull(DatePatterns.find("Decades 12, 2019"));
    }
}
