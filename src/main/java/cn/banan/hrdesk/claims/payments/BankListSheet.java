package cn.banan.hrdesk.claims.payments;

import cn.banan.hrdesk.core.ChineseAmount;
import cn.banan.hrdesk.core.Money;
import cn.banan.hrdesk.core.Texts;
import cn.banan.hrdesk.xlsx.Column;
import cn.banan.hrdesk.xlsx.TableWorkbook;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * 代发清单 in the columns banks take for a batch credit (序号, 户名, 账号, 开户银行, 金额, 用途), with the total in figures
 * and in 大写 and the lines for signatures, on portrait A4.
 */
final class BankListSheet {
    private final Texts texts;

    BankListSheet(Texts texts) {
        this.texts = texts;
    }

    void write(PaymentBatch batch, List<BatchLine> lines, Path out) {
        List<String> titles = List.of(texts.get("payments.sheet.title"), texts.get("payments.sheet.head", batch.batchNo(),
                texts.label(batch.source()), batch.madeOn()));
        List<Column> columns = List.of(col("payments.col.no", 5), col("payments.col.accountName", 24), col("payments.col.accountNo", 24),
                col("payments.col.bank", 22), col("payments.col.amount", 13), col("payments.col.purpose", 20));
        long total = 0;
        try (TableWorkbook wb = new TableWorkbook(texts.get("payments.sheet.name"), titles, columns, false)) {
            for (BatchLine l : lines) {
                // the account number as text, so a spreadsheet keeps every digit
                wb.add((int) l.seq(), l.accountName(), l.accountNo(), l.bankName(), l.amount().fen() / 100.0, batch.purpose() + " " + l.claimNo());
                total += l.amount().fen();
            }
            wb.add(null, texts.get("payments.sheet.total", lines.size()), null, null, total / 100.0, null);
            wb.add(null, texts.get("payments.sheet.words"), ChineseAmount.of(new Money(total)), null, null, null);
            wb.add(null, texts.get("payments.sheet.madeBy", batch.madeBy()), texts.get("payments.sheet.checkedBy"), texts.get("payments.sheet.headOfUnit"),
                    null, null);
            wb.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Column col(String key, int width) {
        return Column.of(texts.get(key), width);
    }
}
