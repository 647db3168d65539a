using System.Text;
using Verkostot.Core.Announcements;
using Verkostot.Core.Domain;
using Verkostot.Core.Localization;
using Verkostot.Core.Outbox;

namespace Verkostot.Bot.Announcements;

/// <summary>
/// An announcement's outbox rows as CSV for Excel in Finland: semicolons, UTF-8 with BOM, every line ending in CRLF (RFC 4180;
/// AppendLine would end the header with the platform's LF). Cells that a spreadsheet would read as a formula are
/// prefixed with an apostrophe, since names and reasons come from outside.
/// </summary>
public static class DeliveryCsv
{
    private const string LineEnd = "\r\n";

    public static byte[] Write(IReadOnlyList<AnnouncementMessage> rows)
    {
        var csv = new StringBuilder();
        // Kanava last: files read by column position before it came keep their meaning.
        csv.Append("Vastaanottaja;Tyyppi;Tila;Syy;Yrityksiä;Valmis;Kanava").Append(LineEnd);
        foreach (var row in rows)
        {
            csv.AppendJoin(';',
                Cell(row.RecipientName),
                Cell(row.Kind == RecipientKind.Channel ? "kanava" : "henkilö"),
                Cell(State(row.State)),
                Cell(row.LastError ?? ""),
                row.Attempts.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Cell(row.CompletedAt is { } at ? HelsinkiDateFormat.Format(at, Language.Finnish) : ""),
                Cell(row.Kind == RecipientKind.Channel ? "Teams" : ChannelName(row.Channel)));
            csv.Append(LineEnd);
        }
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    private static string State(OutboxState state) => state switch
    {
        OutboxState.Sent => "lähetetty",
        OutboxState.Failed or OutboxState.Unreachable or OutboxState.InDoubt => "epäonnistui",
        OutboxState.Cancelled or OutboxState.Expired => "pysäytetty",
        _ => "odottaa",
    };

    /// <summary>The channel that delivered the row, or the one it was last tried in.</summary>
    private static string ChannelName(DeliveryChannel channel) => channel == DeliveryChannel.Email ? "sähköposti" : "Teams";

    private static string Cell(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }
        return value.IndexOfAny([';', '"', '\n', '\r']) >= 0 ? $"\"{value.Replace("\"", "\"\"")}\"" : value;
    }
}
