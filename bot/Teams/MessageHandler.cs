using Verkostot.Bot.Answers;
using Verkostot.Bot.Protocol.Inbound;
using Verkostot.Bot.Protocol.Outbound;
using Verkostot.Bot.Protocol.Routing;
using Verkostot.Core.Catalog;
using Verkostot.Core.Questions;
using Verkostot.Core.Questions.Answers;

namespace Verkostot.Bot.Teams;

/// <summary>A message to the bot: a command when it is one, otherwise a question answered with a card.</summary>
public sealed class MessageHandler(
    TurnReplies replies,
    ICatalogSource catalogs,
    IEnumerable<IChatCommand> commands,
    TimeProvider time) : IActivityHandler
{
    // Longer than this and the person deserves to see that the bot is working on it.
    private static readonly TimeSpan TypingAfter = TimeSpan.FromMilliseconds(300);

    public async Task HandleAsync(Activity activity, CancellationToken cancellationToken)
    {
        var text = MentionText.QuestionOf(activity);
        if (commands.FirstOrDefault(c => c.Matches(text)) is { } command)
        {
            await command.HandleAsync(activity, text, cancellationToken);
            return;
        }

        var answering = AnswerAsync(activity, text, cancellationToken);
        if (await Task.WhenAny(answering, Task.Delay(TypingAfter, time, cancellationToken)) != answering)
        {
            await replies.SendTypingAsync(activity, cancellationToken);
        }
        var answer = await answering;
        var card = AnswerCardRenderer.Render(answer);
        await replies.ReplyAsync(activity, OutgoingActivity.Card(Attachment.AdaptiveCard(card.ToJsonElement()), card.FallbackText!), cancellationToken);
    }

    private async Task<Answer> AnswerAsync(Activity activity, string text, CancellationToken cancellationToken)
    {
        var catalog = await catalogs.GetAsync(cancellationToken);
        var question = new Question(
            text,
            activity.Locale,
            NetworkOfConversation(catalog, activity),
            activity.From?.AadObjectId);
        return new QuestionAnswerer(catalog, time).Answer(question);
    }

    /// <summary>The network whose Team (or channel) the question was asked in, if any.</summary>
    private static string? NetworkOfConversation(NetworkCatalog catalog, Activity activity)
    {
        var teamId = activity.ChannelData?.Team?.Id;
        var channelId = activity.ChannelData?.Channel?.Id;
        if (teamId is null && channelId is null)
        {
            return null;
        }
        return catalog.Networks.FirstOrDefault(n => (teamId is not null && n.TeamId == teamId) || (channelId is not null && n.ChannelId == channelId))?.Id;
    }
}
