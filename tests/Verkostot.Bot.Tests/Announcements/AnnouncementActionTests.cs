using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Verkostot.Bot.Announcements;
using Verkostot.Bot.Protocol.Inbound;
using Verkostot.Core.Announcements;
using Verkostot.Testing.Connector;
using Verkostot.Testing.Storage;

namespace Verkostot.Bot.Tests.Announcements;

/// <summary>The card actions as Teams invokes them: who may use them, and what bad input gets back.</summary>
public sealed class AnnouncementActionTests : IAsyncLifetime
{
    private readonly ThrowawayDatabase _database = ThrowawayDatabase.Sqlite();
    private ThrottlingConnector _connector = null!;
    private FanOutHost _host = null!;
    private readonly Core.Catalog.NetworkCatalog _catalog = TestNetwork.Catalog(members: 4);

    public async Task InitializeAsync()
    {
        _connector = await ThrottlingConnector.StartAsync(faultRate: 0);
        _host = await FanOutHost.StartAsync(_database, _connector, _catalog);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _connector.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task Preview_NotACoordinator_PoliteRefusalAndNothingSaved()
    {
        var response = await InvokeAsync<PreviewAnnouncementAction>(TestNetwork.MemberAad, Form(title: "Otsikko"));

        Assert.Equal(AnnouncementAccess.Refusal, Value(response).GetString());
        Assert.Empty(await _host.Store.RecentAsync([TestNetwork.NetworkId], 10, CancellationToken.None));
    }

    [Fact]
    public async Task Preview_BadInput_FormComesBackWithEachProblem()
    {
        var response = await InvokeAsync<PreviewAnnouncementAction>(TestNetwork.CoordinatorAad,
            Form(title: "", link: "http://example.fi", when: "later", date: "2020-01-01", time: "09:00"));

        var card = CardStrings.Of(Value(response).GetRawText());
        Assert.Contains("Kirjoita tiedotteelle otsikko.", card);
        Assert.Contains("Linkin pitää olla kokonainen https-osoite", card);
        Assert.Contains("Lähetysaika on jo mennyt. Valitse tuleva aika.", card);
        Assert.Contains("Uusi tiedote", card);
    }

    [Fact]
    public async Task Preview_ValidForm_PreviewWithSendEditAndCancel()
    {
        var response = await InvokeAsync<PreviewAnnouncementAction>(TestNetwork.CoordinatorAad, Form(title: "Kokouskutsu <at>Kaikki</at>"));

        var card = CardStrings.Of(Value(response).GetRawText());
        Assert.Contains("Esikatselu", card);
        Assert.Contains(@"Kokouskutsu \<at\>Kaikki\</at\>", card);
        Assert.Contains("Verkoston kanava ja 4 jäsentä henkilökohtaisesti", card);
        foreach (var verb in new[] { AnnouncementVerbs.Send, AnnouncementVerbs.Edit, AnnouncementVerbs.Cancel })
        {
            Assert.Contains(verb, card);
        }
    }

    [Fact]
    public async Task Stop_NotACoordinator_Refused()
    {
        var id = await _host.StartAnnouncementAsync(_catalog, AnnouncementAudience.Presidium, _connector);

        var response = await InvokeAsync<StopAnnouncementAction>(TestNetwork.MemberAad, JsonSerializer.SerializeToElement(new { id = id.ToString() }));

        Assert.Equal(AnnouncementAccess.Refusal, Value(response).GetString());
        Assert.Equal(AnnouncementState.Sending, (await _host.Store.GetAsync(id, CancellationToken.None))!.State);
    }

    private static JsonElement Form(string title, string link = "", string when = "now", string date = "", string time = "") =>
        JsonSerializer.SerializeToElement(new { network = TestNetwork.NetworkId, title, text = "Tervetuloa.", link, audience = "channelAndMembers", when, date, time });

    private async Task<global::Verkostot.Bot.Protocol.Routing.InvokeResponse> InvokeAsync<TAction>(string aad, JsonElement data) where TAction : class
    {
        using var scope = _host.Services.CreateScope();
        var action = ActivatorUtilities.CreateInstance<TAction>(scope.ServiceProvider, new AnnouncementAccess(scope.ServiceProvider.GetRequiredService<Core.Catalog.ICatalogSource>(), TimeProvider.System));
        var activity = new Activity
        {
            Type = "invoke",
            Name = "adaptiveCard/action",
            ServiceUrl = _connector.ServiceUrl,
            ReplyToId = "card-1",
            From = new ChannelAccount { Id = "29:x", AadObjectId = aad },
            Conversation = new ConversationAccount { Id = "a:chat" },
        };
        return await ((global::Verkostot.Bot.Chat.CardActions.ICardAction)action).ExecuteAsync(activity, data, CancellationToken.None);
    }

    private static JsonElement Value(global::Verkostot.Bot.Protocol.Routing.InvokeResponse response)
    {
        return response.Body!.Value.GetProperty("value");
    }
}
