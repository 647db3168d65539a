using System.Text;
using Verkostot.Core.Announcements;
using Verkostot.Core.Domain;
using Verkostot.Core.Questions.Answers;

namespace Verkostot.Bot.Announcements;

/// <summary>
/// The delivery ledger as CSV for Excel in Finland: semicolons, UTF-8 with BOM. Cells that a spreadsheet would read
/// as a formula are prefixed with an apostrophe, since names and reasons come from outside.
/// </summary>
public static class DeliveryCsv
{
    public static byte[] Write(IReadOnlyList<AnnouncementDelivery> rows)
    {
        var csv = new StringBuilder();
        csv.AppendLine("Vastaanottaja;Tyyppi;Tila;Syy;Yrityksiä;Valmis");
        foreach (var row in rows)
        {
            csv.AppendJoin(';',
                Cell(row.RecipientName),
                Cell(row.Kind == RecipientKind.Channel ? "kanava" : "henkilö"),
                Cell(State(row.State)),
                Cell(row.FailureReason ?? ""),
                row.Attempts.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Cell(row.CompletedAt is { } at ? HelsinkiDateFormat.Format(at, Language.Finnish) : ""));
            csv.Append("\r\n");
        }
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    private static string State(DeliveryState state) => state switch
    {
        DeliveryState.Sent => "lähetetty",
        DeliveryState.Failed => "epäonnistui",
        DeliveryState.Stopped => "pysäytetty",
        _ => "odottaa",
    };

    private static string Cell(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }
        return value.IndexOfAny([';', '"', '\n', '\r']) >= 0 ? $"\"{value.Replace("\"", "\"\"")}\"" : value;
    }
}
