package la.gov.gweb.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HtmlTextTest {

  @Test
  void blocksBecomeLinesAndInlineTagsVanish() {
    String html =
        "<h2>ມາດຕາ 1</h2>\n<p>ດຳລັດສະບັບນີ້ <strong>ກຳນົດ</strong>ຫຼັກການ,\n   ລະບຽບການ</p>"
            + "<ul><li>ການສ້າງ</li><li>ການ<em>ຄຸ້ມຄອງ</em></li></ul>"
            + "<blockquote>ຂໍ້ມູນສາທິດ<br>G-Web</blockquote>";
    assertEquals(
        "ມາດຕາ 1\nດຳລັດສະບັບນີ້ ກຳນົດຫຼັກການ, ລະບຽບການ\nການສ້າງ\nການຄຸ້ມຄອງ\nຂໍ້ມູນສາທິດ\nG-Web",
        HtmlText.toPlainText(html));
  }

  @Test
  void tableCellsAreSeparatedLikeWords() {
    String html =
        "<table><tr><th>ລຳດັບ</th><th>ຄ່າທຳນຽມ</th></tr><tr><td>1</td><td>150 000 ກີບ</td></tr></table>";
    assertEquals("ລຳດັບ ຄ່າທຳນຽມ\n1 150 000 ກີບ", HtmlText.toPlainText(html));
  }

  @Test
  void characterReferencesAreDecoded() {
    assertEquals(
        "A & B < C > D \"E\" 'F' G ນ້ຳ — … &unknown; & x",
        HtmlText.toPlainText(
            "A &amp; B &lt; C &gt; D &quot;E&quot; &#39;F&#x27; G&nbsp;&#x0E99;&#3785;&#x0EB3; &mdash; "
                + "&hellip; &unknown; & x"));
  }

  @Test
  void linksKeepTheirTextAndScriptsAndCommentsVanish() {
    assertEquals(
        "ເບິ່ງ ເວັບໄຊ ກະຊວງ",
        HtmlText.toPlainText(
            "ເບິ່ງ <a href=\"https://mtc.gov.la\" title=\"a > b\">ເວັບໄຊ</a> <!-- note -->"
                + "<script>alert(1)</script>ກະຊວງ<style>p{}</style>"));
  }

  @Test
  void emptyAndBrokenInput() {
    assertEquals("", HtmlText.toPlainText(null));
    assertEquals("", HtmlText.toPlainText(""));
    assertEquals("", HtmlText.toPlainText("<p> </p><p></p>"));
    assertEquals("a < b", HtmlText.toPlainText("a < b"));
    assertEquals("ຂໍ້ຄວາມ <p", HtmlText.toPlainText("ຂໍ້ຄວາມ <p"));
    assertEquals("&#xZZ; &#0;", HtmlText.toPlainText("&#xZZ; &#0;"));
  }
}
