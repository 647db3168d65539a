using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Verkostot.Bot.Email;
using Verkostot.Bot.Tests.Hosting;
using Verkostot.Core.Domain;
using Verkostot.Core.Email;
using Verkostot.Core.Outbox;
using Verkostot.Core.Reminders;
using Verkostot.Core.Storage;

namespace Verkostot.Bot.Tests.Email;

/// <summary>The opt-out link of an e-mail, on the real host: asking, opting out (by button or one-click), back in, and bad links.</summary>
public sealed class EmailOptOutEndpointTests : IAsyncLifetime
{
    private const string Person = "juha-herrala";
    private BotTestHost _host = null!;
    private long _messageId;

    public async Task InitializeAsync()
    {
        _host = await BotTestHost.StartAsync();
        await using var scope = _host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IDbContextFactory<VerkostotDbContext>>().CreateDbContext();
        var row = new ReminderMessage { MeetingId = 1, PersonId = Person, Key = "reminder/7d", State = OutboxState.Sent, Channel = DeliveryChannel.Email, DueAt = DateTimeOffset.UtcNow };
        db.Add(row);
        await db.SaveChangesAsync();
        _messageId = row.Id;
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private string Link(Language language = Language.Finnish) => _host.Services.GetRequiredService<EmailLinks>().OptOut(_messageId, language).PathAndQuery;

    private Task<bool> OptedOutAsync() => _host.Services.GetRequiredService<EmailPreferences>().IsOptedOutAsync(Person, CancellationToken.None);

    [Fact]
    public async Task Get_ValidLink_AsksWithAButtonAndChangesNothing()
    {
        using var client = _host.CreateClient();

        using var response = await client.GetAsync(Link(Language.Swedish));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"sv\">", page);
        Assert.Contains("Avsluta e-posten", page);
        Assert.Contains("method=\"post\"", page);
        Assert.False(await OptedOutAsync());
    }

    [Fact]
    public async Task Post_Button_OptsOutAndOffersToOptBackIn()
    {
        using var client = _host.CreateClient();

        using var response = await client.PostAsync(Link(), new FormUrlEncodedContent([new("choice", "out")]));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("Et saa enää botin viestejä sähköpostiin", page);
        Assert.Contains("Ota sähköpostit takaisin käyttöön", page);
        Assert.True(await OptedOutAsync());
    }

    [Fact]
    public async Task Post_OneClickFromTheMailClient_OptsOut()
    {
        using var client = _host.CreateClient();

        using var response = await client.PostAsync(Link(), new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(await OptedOutAsync());
    }

    [Fact]
    public async Task Post_OptBackIn_EmailsOnAgain()
    {
        using var client = _host.CreateClient();
        await client.PostAsync(Link(), new FormUrlEncodedContent([new("choice", "out")]));

        using var response = await client.PostAsync(Link(), new FormUrlEncodedContent([new("choice", "in")]));

        Assert.Contains("Saat taas verkoston viestit sähköpostiin", await response.Content.ReadAsStringAsync());
        Assert.False(await OptedOutAsync());
    }

    [Theory]
    [InlineData("tampered")]
    [InlineData("other-row")]
    [InlineData("expired")]
    public async Task Post_BadLink_NotFoundPageAndNothingChanges(string how)
    {
        using var client = _host.CreateClient();
        var link = Link();
        var bad = how switch
        {
            "tampered" => link[..^3] + "abc",
            "other-row" => link.Replace($"/opt-out/{_messageId}/", $"/opt-out/{_messageId + 1}/", StringComparison.Ordinal),
            _ => System.Text.RegularExpressions.Regex.Replace(link, "expires=\\d+", "expires=1000"),
        };

        using var response = await client.PostAsync(bad, new FormUrlEncodedContent([new("choice", "out")]));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Linkki ei ole enää voimassa", await response.Content.ReadAsStringAsync());
        Assert.False(await OptedOutAsync());
    }
}
