using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Verkostot.Bot.Tests.Hosting;
using Verkostot.Jobs.Reminders;
using Verkostot.Testing.Connector;

namespace Verkostot.Bot.Tests.EndToEnd;

/// <summary>
/// The presidium reminder round trip on the real host: the sweep sends the reminder card 1:1, the member presses
/// "En pääse" (an adaptiveCard/action invoke), the card is replaced with the answer and the deputy is invited.
/// </summary>
public sealed class ReminderRsvpTests : IAsyncLifetime
{
    // Tue 24.11.2026 9.05 in Helsinki: the demo presidium meeting (a week before the second Tuesday of December,
    // ti 1.12.2026 klo 9.00) has its 7-day reminder due.
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 24, 7, 5, 0, TimeSpan.Zero));
    private BotTestHost _host = null!;

    public async Task InitializeAsync() => _host = await BotTestHost.StartAsync(time: _time);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Decline_OnTheReminderCard_ReplacesTheCardAndInvitesTheDeputy()
    {
        await SayHelloAsync(TestActivities.ChairAad);
        await SayHelloAsync(TestActivities.DeputyAad);

        await RunReminderSweepAsync();
        var reminder = await _host.ReplyInAsync(TestActivities.PersonalConversationId(TestActivities.ChairAad), HasDeclineButton);
        var response = await _host.PostAsync(Decline(reminder), token: null);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var invitation = await _host.ReplyInAsync(TestActivities.PersonalConversationId(TestActivities.DeputyAad),
            r => r.Json.GetProperty("summary").GetString()!.StartsWith("Juha Herrala ei pääse", StringComparison.Ordinal) && HasDeclineButton(r));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.microsoft.card.adaptive", body.GetProperty("type").GetString());
        Assert.Contains("Varajäsenesi Tarja Hosiasluoma kutsuttiin", System.Text.RegularExpressions.Regex.Unescape(body.GetProperty("value").GetRawText()));
        Assert.Contains("Pääsetkö varajäsenenä?", invitation.Json.GetProperty("summary").GetString());
    }

    [Fact]
    public async Task Decline_ChairsTeamsInSwedish_SwedishCardAndSwedishAnswerWhileDeputyGetsFinnish()
    {
        await SayHelloAsync(TestActivities.ChairAad, "hej", "sv-FI");
        await SayHelloAsync(TestActivities.DeputyAad);

        await RunReminderSweepAsync();
        var reminder = await _host.ReplyInAsync(TestActivities.PersonalConversationId(TestActivities.ChairAad), HasDeclineButton);
        var response = await _host.PostAsync(Decline(reminder), token: null);
        var card = System.Text.RegularExpressions.Regex.Unescape(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("value").GetRawText());
        var invitation = await _host.ReplyInAsync(TestActivities.PersonalConversationId(TestActivities.DeputyAad),
            r => r.Json.GetProperty("summary").GetString()!.StartsWith("Juha Herrala ei pääse", StringComparison.Ordinal));

        Assert.Equal("Påminnelse: presidiemöte tis 1.12.2026 kl. 9.00", reminder.Json.GetProperty("summary").GetString());
        Assert.Contains("Jag kan inte komma", System.Text.RegularExpressions.Regex.Unescape(reminder.Body));
        Assert.Contains("Tack för beskedet. Din ersättare Tarja Hosiasluoma har bjudits in.", card);
        Assert.Contains("\"lang\":\"sv\"", card);
        Assert.Contains("Pääsetkö varajäsenenä?", invitation.Json.GetProperty("summary").GetString());
    }

    private async Task SayHelloAsync(string aad, string text = "moi", string locale = "fi-FI")
    {
        var hello = _host.PersonalMessage(text, aad, locale);
        await _host.PostAsync(hello);
        await _host.StoredPersonalChatAsync(aad);
    }

    private async Task RunReminderSweepAsync()
    {
        await using var scope = _host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ReminderSweepJob>().RunAsync(CancellationToken.None);
    }

    private static bool HasDeclineButton(RecordedRequest request) => request.Body.Contains("rsvp.decline", StringComparison.Ordinal);

    private JsonObject Decline(RecordedRequest reminder)
    {
        var data = FindDeclineData(reminder.Json) ?? throw new InvalidOperationException("no decline button on the card");
        var invoke = _host.PersonalMessage("", TestActivities.ChairAad);
        invoke["type"] = "invoke";
        invoke["name"] = "adaptiveCard/action";
        invoke["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "rsvp.decline", ["data"] = JsonNode.Parse(data.GetRawText()) },
            ["trigger"] = "manual",
        };
        return invoke;
    }

    private static JsonElement? FindDeclineData(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            if (element.TryGetProperty("verb", out var verb) && verb.GetString() == "rsvp.decline" && element.TryGetProperty("data", out var data))
            {
                return data;
            }
            foreach (var property in element.EnumerateObject())
            {
                if (FindDeclineData(property.Value) is { } found)
                {
                    return found;
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                if (FindDeclineData(item) is { } found)
                {
                    return found;
                }
            }
        }
        return null;
    }
}
