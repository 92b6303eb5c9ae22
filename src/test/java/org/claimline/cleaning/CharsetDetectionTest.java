package org.claimline.cleaning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CharsetDetectionTest {

    private static final String KOREAN = "한국과 일본의 관계는 지난해 최근 기억 속에서 가장 대립적인 시기 중 하나였다. "
            + "정보공유협정의 종료와 재연장, 강제징용에 대한 대법원 판결, 수출 규제 문제 등이 있었다. "
            + "양국 정부는 대화를 통해 문제를 해결하려고 노력하고 있지만 신뢰 회복에는 시간이 걸릴 것이다.";
    private static final String JAPANESE = "日本と韓国の関係は昨年、近年の記憶の中で最も対立的な時期の一つでした。"
            + "情報共有協定の終了と再延長、徴用工問題に関する最高裁判所の判決、輸出規制の問題などがありました。"
            + "両国政府は対話を通じて問題を解決しようと努力していますが、信頼の回復には時間がかかるでしょう。";
    private static final String FRENCH = "Les relations entre la Corée et le Japon ont été très tendues l'année dernière. "
            + "Le gouvernement a annoncé une prolongation conditionnelle; les négociations économiques se poursuivent "
            + "à Séoul et à Tokyo — où les diplomates espèrent un été plus serein. Ça reste à voir, déclare-t-on ; l’œuvre coûte 3 €.";

    @Test
    void eucKr() {
        DecodedText d = CharsetDetection.decode(KOREAN.getBytes(Charset.forName("EUC-KR")), "a.txt");
        assertEquals(KOREAN, d.text());
        assertFalse(d.looksBinary());
    }

    @Test
    void shiftJis() {
        DecodedText d = CharsetDetection.decode(JAPANESE.getBytes(Charset.forName("Shift_JIS")), "a.txt");
        assertEquals(JAPANESE, d.text());
    }

    @Test
    void windows1252() {
        DecodedText d = CharsetDetection.decode(FRENCH.getBytes(Charset.forName("windows-1252")), "a.txt");
        assertEquals(FRENCH, d.text());
        assertEquals(Charset.forName("windows-1252"), d.charset());
    }

    @Test
    void utf8WinsWhenItDecodesCleanly() {
        DecodedText d = CharsetDetection.decode(KOREAN.getBytes(StandardCharsets.UTF_8), "a.txt");
        assertEquals(KOREAN, d.text());
        assertEquals(StandardCharsets.UTF_8, d.charset());
    }

    @Test
    void utf8ByteOrderMarkIsDroppedAndWins() {
        byte[] body = FRENCH.getBytes(StandardCharsets.UTF_8);
        byte[] b = new byte[body.length + 3];
        b[0] = (byte) 0xEF;
        b[1] = (byte) 0xBB;
        b[2] = (byte) 0xBF;
        System.arraycopy(body, 0, b, 3, body.length);
        DecodedText d = CharsetDetection.decode(b, "a.txt");
        assertEquals(FRENCH, d.text());
    }

    @Test
    void utf16ByteOrderMark() {
        byte[] body = FRENCH.getBytes(StandardCharsets.UTF_16LE);
        byte[] b = new byte[body.length + 2];
        b[0] = (byte) 0xFF;
        b[1] = (byte) 0xFE;
        System.arraycopy(body, 0, b, 2, body.length);
        DecodedText d = CharsetDetection.decode(b, "a.txt");
        assertEquals(FRENCH, d.text());
        assertFalse(d.looksBinary());
    }

    @Test
    void htmlMetaCharsetIsHonoured() {
        String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=EUC-KR\">"
                + "<title>t</title></head><body><p>" + KOREAN + "</p></body></html>";
        DecodedText d = CharsetDetection.decode(html.getBytes(Charset.forName("EUC-KR")), "a.html");
        assertEquals(html, d.text());
        assertEquals(Charset.forName("EUC-KR"), d.charset());

        String latin = "<meta charset='iso-8859-1'><p>" + FRENCH + "</p>";
        DecodedText l = CharsetDetection.decode(latin.getBytes(Charset.forName("windows-1252")), "b.html");
        assertEquals(latin, l.text());
    }

    @Test
    void binaryIsRecognised() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0};
        assertTrue(CharsetDetection.decode(png, "x.txt").looksBinary());
        assertFalse(CharsetDetection.decode("plain words\n".getBytes(StandardCharsets.US_ASCII), "x.txt").looksBinary());
    }
}
