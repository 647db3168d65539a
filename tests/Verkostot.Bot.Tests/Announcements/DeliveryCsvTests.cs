using System.Text;
using Verkostot.Bot.Announcements;
using Verkostot.Core.Announcements;
using Verkostot.Core.Outbox;

namespace Verkostot.Bot.Tests.Announcements;

public sealed class DeliveryCsvTests
{
    [Fact]
    public void Write_HeaderAndRows_EveryLineEndsInCrLf()
    {
        var csv = Text(DeliveryCsv.Write([Row("Jäsen 0001", OutboxState.Sent), Row("Jäsen 0002", OutboxState.Failed, "Henkilöä ei tavoiteta Teamsissa.")]));

        var lines = csv.Split("\r\n");
        Assert.Equal(4, lines.Length);
        Assert.Equal("", lines[^1]);
        Assert.DoesNotContain('\n', csv.Replace("\r\n", ""));
        Assert.StartsWith("Vastaanottaja;Tyyppi;Tila;Syy;Yrityksiä;Valmis;Kanava", lines[0]);
    }

    [Fact]
    public void Write_NoRows_HeaderStillEndsInCrLf()
    {
        Assert.Equal("Vastaanottaja;Tyyppi;Tila;Syy;Yrityksiä;Valmis;Kanava\r\n", Text(DeliveryCsv.Write([])));
    }

    [Fact]
    public void Write_RowsSentInTeamsAndByEmail_NameTheChannelThatDelivered()
    {
        var byEmail = Row("Jäsen 0003", OutboxState.Sent);
        byEmail.Channel = DeliveryChannel.Email;

        var lines = Text(DeliveryCsv.Write([Row("Jäsen 0001", OutboxState.Sent), byEmail])).Split("\r\n");

        Assert.EndsWith(";Teams", lines[1]);
        Assert.EndsWith(";sähköposti", lines[2]);
        Assert.StartsWith("Jäsen 0003;henkilö;lähetetty;", lines[2]);
    }

    [Fact]
    public void Write_NameThatLooksLikeAFormula_IsNeutralised()
    {
        var csv = Text(DeliveryCsv.Write([Row("=HYPERLINK(\"https://evil.example\")", OutboxState.Sent)]));

        Assert.Contains("\"'=HYPERLINK(\"\"https://evil.example\"\")\";henkilö", csv);
    }

    private static string Text(byte[] bytes)
    {
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        return Encoding.UTF8.GetString(bytes.AsSpan(3));
    }

    private static AnnouncementMessage Row(string name, OutboxState state, string? reason = null) => new()
    {
        RecipientKey = $"person:{name}",
        RecipientName = name,
        Kind = RecipientKind.Person,
        State = state,
        Attempts = 1,
        LastError = reason,
    };
}
