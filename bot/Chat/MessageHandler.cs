using Verkostot.Bot.Protocol.Inbound;
using Verkostot.Bot.Protocol.Outbound;
using Verkostot.Bot.Protocol.Routing;
using Verkostot.Bot.Questions;
using Verkostot.Core.Questions;
using Verkostot.Core.Questions.Answers;

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

        var pending = answering.AnswerAsync(QuestionOf(activity, text), cancellationToken);
        var answer = pending.IsCompletedSuccessfully ? pending.Result : await WithTypingAsync(activity, pending.AsTask(), cancellationToken);
        var card = AnswerCardRenderer.Render(answer);
        await replies.ReplyAsync(activity, OutgoingActivity.Card(card.ToAttachment(), card.FallbackText!), cancellationToken);
    }

    /// <summary>Awaits an answer that is not ready yet, telling the person the bot is at it if it takes long.</summary>
    private async Task<Answer> WithTypingAsync(Activity activity, Task<Answer> answer, CancellationToken cancellationToken)
    {
        try
        {
            // No timer at all for an answer that is ready at once, the usual case; WaitAsync drops its timer when done.
            return await answer.WaitAsync(TypingAfter, time, cancellationToken);
        }
        catch (TimeoutException)
        {
            await replies.SendTypingAsync(activity, cancellationToken);
            return await answer;
        }
    }

    private static Question QuestionOf(Activity activity, string text) => new(
        text,
        activity.Locale,
        AskerEntraObjectId: activity.From?.AadObjectId,
        TeamId: activity.ChannelData?.Team?.Id,
        ChannelId: activity.ChannelData?.Channel?.Id);
}
