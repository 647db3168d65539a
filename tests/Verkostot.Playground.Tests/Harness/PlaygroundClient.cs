using System.Net.Http.Json;
using Verkostot.Playground.Tests.Harness.Json;

namespace Verkostot.Playground.Tests.Harness;

/// <summary>Does over HTTP what a user does in the Playground's web page.</summary>
internal sealed class PlaygroundClient(HttpClient http)
{
    /// <summary>Installs the app where the conversation lives (personal chat, group chat or the team): the bot gets installationUpdate and conversationUpdate.</summary>
    public async Task InstallAsync(string conversationId)
    {
        using var response = await http.PostAsync($"_debug/conversation/{Uri.EscapeDataString(conversationId)}/installation", content: null);
        await EnsureSuccessAsync(response, $"install the app in {conversationId}");
    }

    public Task<PostedMessage> SayAsync(string conversationId, PlaygroundPerson from, string text) =>
        PostAsync(conversationId, new UserMessage(new PlaygroundAccount(from.Id), text, "plain"));

    /// <summary>Posts "@Verkostot text" as Teams does: the mention is in the text and in the mention entities.</summary>
    public Task<PostedMessage> MentionBotAsync(string conversationId, PlaygroundPerson from, string text)
    {
        var mention = $"<at>{PlaygroundTenant.BotName}</at>";
        return PostAsync(conversationId, new UserMessage(
            new PlaygroundAccount(from.Id), $"{mention} {text}", "plain",
            [new UserMention(new PlaygroundAccount(PlaygroundTenant.BotId), mention)]));
    }

    /// <summary>
    /// Presses an Action.Execute button of a card the bot showed, as the web page does: the Playground sends the bot an
    /// adaptiveCard/action invoke and hands back the bot's answer (it also puts a returned card in place of the pressed one).
    /// </summary>
    public async Task<CardActionAnswer> PressAsync(string conversationId, PlaygroundPerson by, ShownMessage card, string buttonTitle)
    {
        var button = card.Button(buttonTitle)
            ?? throw new InvalidOperationException($"The card has no \"{buttonTitle}\" button: {card.Visible}");
        var invoke = new CardActionInvoke(
            "adaptiveCard/action",
            new CardActionInvokeValue(new CardActionInvokeAction("Action.Execute", button.Verb, button.Data, button.Title), "manual"),
            new PlaygroundAccount(by.Id),
            new PlaygroundConversation(conversationId),
            card.MessageId ?? throw new InvalidOperationException("The Playground showed the card without a message id."));
        using var response = await http.PostAsJsonAsync("_conversation/v1/invoke", invoke, PlaygroundJsonContext.Default.CardActionInvoke);
        await EnsureSuccessAsync(response, $"press \"{buttonTitle}\" in {conversationId}");
        return await response.Content.ReadFromJsonAsync(PlaygroundJsonContext.Default.CardActionAnswer)
            ?? throw new InvalidOperationException("The Playground answered a pressed button with nothing.");
    }

    public async Task<TestConfig> TestConfigAsync()
    {
        var response = await http.GetFromJsonAsync("_internal/v1/testConfig", PlaygroundJsonContext.Default.TestConfigResponse);
        return response?.Config ?? throw new InvalidOperationException("The Playground returned no test configuration.");
    }

    private async Task<PostedMessage> PostAsync(string conversationId, UserMessage message)
    {
        using var response = await http.PostAsJsonAsync(
            $"_conversation/v1/conversations/{Uri.EscapeDataString(conversationId)}/messages",
            message, PlaygroundJsonContext.Default.UserMessage);
        await EnsureSuccessAsync(response, $"post a message in {conversationId}");
        return await response.Content.ReadFromJsonAsync(PlaygroundJsonContext.Default.PostedMessage)
            ?? throw new InvalidOperationException("The Playground answered a posted message with nothing.");
    }

    private static async Task EnsureSuccessAsync(HttpResponseMessage response, string what)
    {
        if (!response.IsSuccessStatusCode)
        {
            Assert.Fail($"The Playground refused to {what}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }
}
