using Verkostot.Bot.Protocol.Inbound;
using Verkostot.Bot.Protocol.Outbound;
using Verkostot.Bot.Protocol.Routing;
using Verkostot.Bot.Questions;
using Verkostot.Core.Questions;

namespace Verkostot.Bot.Chat;

/// <summary>A message to the bot: a command when it is one, otherwise a question answered with a card.</summary>
public sealed class MessageHandler(
    TurnReplies replies,
    QuestionAnswering answering,
    RouteTable routes,
    IServiceProvider services,
    TimeProvider time) : IActivityHandler
{
    // Longer than this and the person deserves to see that the bot is working on it.
    private static readonly TimeSpan TypingAfter = TimeSpan.FromMilliseconds(300);

    public async Task HandleAsync(Activity activity, CancellationToken cancellationToken)
    {
        var text = MentionText.QuestionOf(activity);
        if (routes.FindCommand(text) is { } command)
        {
            await ((IChatCommand)services.GetRequiredService(command.Handler)).HandleAsync(activity, text, cancellationToken);
            return;
        }

        var answer = answering.AnswerAsync(QuestionOf(activity, text), cancellationToken).AsTask();
        if (await Task.WhenAny(answer, Task.Delay(TypingAfter, time, cancellationToken)) != answer)
        {
            await replies.SendTypingAsync(activity, cancellationToken);
        }
        var card = AnswerCardRenderer.Render(await answer);
        await replies.ReplyAsync(activity, OutgoingActivity.Card(Attachment.AdaptiveCard(card.ToJsonElement()), card.FallbackText!), cancellationToken);
    }

    private static Question QuestionOf(Activity activity, string text) => new(
        text,
        activity.Locale,
        AskerEntraObjectId: activity.From?.AadObjectId,
        TeamId: activity.ChannelData?.Team?.Id,
        ChannelId: activity.ChannelData?.Channel?.Id);
}
