import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.GeneralPath;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Draws the Claimline icon (a page of text with one highlighted line and a quote mark in the margin) and writes
 * the PNG set, a Windows .ico and a macOS .icns next to this file. Run: {@code java packaging/icons/IconGen.java}.
 * Drawn per size rather than scaled down, so the small sizes keep fewer, thicker lines and stay crisp.
 */
public class IconGen {
    static final int[] SIZES = {16, 24, 32, 48, 64, 128, 256, 512, 1024};
    static final Color PAGE = new Color(0xFBF8F1);
    static final Color PAGE_EDGE = new Color(0x8A94A6);
    static final Color INK = new Color(0x5B6577);
    static final Color HIGHLIGHT = new Color(0xF2C94C);
    static final Color MARKER = new Color(0x2F6F8F);
    static final Color BACK_TOP = new Color(0x3E7FA0);
    static final Color BACK_BOTTOM = new Color(0x2B5C78);

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "packaging/icons");
        Files.createDirectories(dir);
        Map<Integer, byte[]> pngs = new LinkedHashMap<>();
        for (int size : SIZES) {
            byte[] png = png(draw(size));
            pngs.put(size, png);
            if (size <= 512) {
                Files.write(dir.resolve("claimline-" + size + ".png"), png);
            }
        }
        Files.write(dir.resolve("Claimline.png"), pngs.get(256));
        Files.write(dir.resolve("Claimline.ico"), ico(pngs, new int[] {16, 24, 32, 48, 64, 128, 256}));
        Files.write(dir.resolve("Claimline.icns"), icns(pngs));
        System.out.println("icons written to " + dir.toAbsolutePath());
    }

    static BufferedImage draw(int s) {
        BufferedImage img = new BufferedImage(s, s, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        boolean tiny = s <= 24;
        double u = s / 64.0;

        // rounded tile behind the page: reads as an app icon on light and dark panels alike
        double inset = tiny ? 0 : 2 * u;
        g.setPaint(new GradientPaint(0, 0, BACK_TOP, 0, s, BACK_BOTTOM));
        g.fill(new RoundRectangle2D.Double(inset, inset, s - 2 * inset, s - 2 * inset, 14 * u, 14 * u));

        // the page, with a folded corner
        double px = 14 * u, py = 9 * u, pw = 38 * u, ph = 47 * u, fold = 10 * u;
        GeneralPath page = new GeneralPath();
        page.moveTo(px, py);
        page.lineTo(px + pw - fold, py);
        page.lineTo(px + pw, py + fold);
        page.lineTo(px + pw, py + ph);
        page.lineTo(px, py + ph);
        page.closePath();
        if (!tiny) {
            g.setColor(new Color(0, 0, 0, 50));
            g.translate(1.2 * u, 1.6 * u);
            g.fill(page);
            g.translate(-1.2 * u, -1.6 * u);
        }
        g.setColor(PAGE);
        g.fill(page);
        g.setColor(PAGE_EDGE);
        g.setStroke(new BasicStroke((float) Math.max(1, 0.8 * u)));
        g.draw(page);
        GeneralPath corner = new GeneralPath();
        corner.moveTo(px + pw - fold, py);
        corner.lineTo(px + pw - fold, py + fold);
        corner.lineTo(px + pw, py + fold);
        corner.closePath();
        g.setColor(new Color(0xE3DDCF));
        g.fill(corner);
        g.setColor(PAGE_EDGE);
        g.draw(corner);

        // text lines; the fourth is the claim, highlighted
        int lines = tiny ? 4 : s <= 48 ? 6 : 8;
        double top = py + (tiny ? 12 : 11) * u;
        double bottom = py + ph - 6 * u;
        double step = (bottom - top) / (lines - 1);
        double lineH = Math.max(1, (tiny ? 3.2 : s <= 48 ? 2.6 : 2.0) * u);
        int claimLine = tiny ? 2 : lines / 2;
        double left = px + 5 * u;
        double[] lengths = {0.80, 0.92, 0.70, 0.88, 0.95, 0.60, 0.85, 0.50};
        for (int i = 0; i < lines; i++) {
            double y = top + i * step;
            double len = (pw - 10 * u) * lengths[i % lengths.length];
            if (i == 0) {
                len = Math.min(len, pw - fold - 8 * u);
            }
            if (i == claimLine) {
                double hx = left - 2 * u, hh = lineH + 4.5 * u;
                g.setColor(HIGHLIGHT);
                g.fill(new RoundRectangle2D.Double(hx, y - hh / 2, pw - 6 * u, hh, 3 * u, 3 * u));
                g.setColor(new Color(0x3A3F4A));
            } else {
                g.setColor(INK);
            }
            g.fill(new RoundRectangle2D.Double(left, y - lineH / 2, len, lineH, lineH, lineH));
        }

        // the annotation marker: a round badge with a closing quote, pinned to the claim's line
        double r = (tiny ? 9 : 8.5) * u;
        double cx = px + pw + (tiny ? -1 : 0.5) * u, cy = top + claimLine * step;
        if (!tiny) {
            g.setColor(new Color(0, 0, 0, 60));
            g.fill(new Ellipse2D.Double(cx - r + 0.8 * u, cy - r + 1.2 * u, 2 * r, 2 * r));
        }
        g.setColor(MARKER);
        g.fill(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke((float) Math.max(1.2, 1.1 * u)));
        g.draw(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
        quote(g, cx - 3.2 * r / 8.5, cy, r, Color.WHITE);
        quote(g, cx + 3.2 * r / 8.5, cy, r, Color.WHITE);
        g.dispose();
        return img;
    }

    /** One comma-shaped quote stroke: a dot with a tail curling down-left. */
    static void quote(Graphics2D g, double x, double y, double r, Color c) {
        double d = r * 0.42;
        g.setColor(c);
        g.fill(new Ellipse2D.Double(x - d / 2, y - d * 0.85, d, d));
        GeneralPath tail = new GeneralPath();
        tail.moveTo(x + d * 0.5, y - d * 0.35);
        tail.quadTo(x + d * 0.55, y + d * 0.7, x - d * 0.45, y + d * 1.05);
        tail.quadTo(x + d * 0.05, y + d * 0.45, x - d * 0.1, y + d * 0.05);
        tail.closePath();
        g.fill(tail);
    }

    static byte[] png(BufferedImage img) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    /** ICO with PNG-compressed entries (Windows Vista and later); width/height byte 0 means 256. */
    static byte[] ico(Map<Integer, byte[]> pngs, int[] sizes) {
        int headerLen = 6 + 16 * sizes.length;
        int total = headerLen;
        for (int s : sizes) {
            total += pngs.get(s).length;
        }
        ByteBuffer b = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
        b.putShort((short) 0).putShort((short) 1).putShort((short) sizes.length);
        int offset = headerLen;
        for (int s : sizes) {
            byte[] data = pngs.get(s);
            b.put((byte) (s >= 256 ? 0 : s)).put((byte) (s >= 256 ? 0 : s));
            b.put((byte) 0).put((byte) 0);
            b.putShort((short) 1).putShort((short) 32);
            b.putInt(data.length).putInt(offset);
            offset += data.length;
        }
        for (int s : sizes) {
            b.put(pngs.get(s));
        }
        return b.array();
    }

    /** ICNS with PNG entries: ic07 128, ic08 256, ic09 512, ic10 1024 (512@2x); big-endian lengths include headers. */
    static byte[] icns(Map<Integer, byte[]> pngs) {
        String[] types = {"ic07", "ic08", "ic09", "ic10"};
        int[] sizes = {128, 256, 512, 1024};
        int total = 8;
        for (int s : sizes) {
            total += 8 + pngs.get(s).length;
        }
        ByteBuffer b = ByteBuffer.allocate(total).order(ByteOrder.BIG_ENDIAN);
        b.put("icns".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(total);
        for (int i = 0; i < types.length; i++) {
            byte[] data = pngs.get(sizes[i]);
            b.put(types[i].getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(8 + data.length).put(data);
        }
        return b.array();
    }
}
