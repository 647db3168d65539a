using System.Text;
using Verkostot.Core.Announcements;
using Verkostot.Core.Domain;
using Verkostot.Core.Localization;

namespace Verkostot.Bot.Announcements;

/// <summary>
/// The delivery ledger as CSV for Excel in Finland: semicolons, UTF-8 with BOM, every line ending in CRLF (RFC 4180;
/// AppendLine would end the header with the platform's LF). Cells that a spreadsheet would read as a formula are
/// prefixed with an apostrophe, since names and reasons come from outside.
/// </summary>
public static class DeliveryCsv
{
    private const string LineEnd = "\r\n";

    public static byte[] Write(IReadOnlyList<AnnouncementDelivery> rows)
    {
        var csv = new StringBuilder();
        csv.Append("Vastaanottaja;Tyyppi;Tila;Syy;Yrityksiä;Valmis").Append(LineEnd);
        foreach (var row in rows)
        {
            csv.AppendJoin(';',
                Cell(row.RecipientName),
                Cell(row.Kind == RecipientKind.Channel ? "kanava" : "henkilö"),
                Cell(State(row.State)),
                Cell(row.FailureReason ?? ""),
                row.Attempts.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Cell(row.CompletedAt is { } at ? HelsinkiDateFormat.Format(at, Language.Finnish) : ""));
            csv.Append(LineEnd);
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
