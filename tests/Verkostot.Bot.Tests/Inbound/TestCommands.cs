using Verkostot.Bot.Chat;
using Verkostot.Bot.Protocol.Inbound;
using Verkostot.Bot.Protocol.Outbound;

namespace Verkostot.Bot.Tests.Inbound;

/// <summary>"kaada botti": a command whose handler throws, as a bug would.</summary>
internal sealed class FailingCommand : IChatCommand
{
    public const string Text = "kaada botti";

    public bool Matches(string text) => text.StartsWith(Text, StringComparison.Ordinal);

    public Task HandleAsync(Activity activity, string text, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("A simulated bug in a handler.");
}

/// <summary>"odota": a command that answers only once the test opens its gate, to keep its conversation busy.</summary>
internal sealed class WaitingCommand(CommandGate gate, TurnReplies replies) : IChatCommand
{
    public const string Text = "odota";

    public bool Matches(string text) => text == Text;

    public async Task HandleAsync(Activity activity, string text, CancellationToken cancellationToken)
    {
        gate.Entered.TrySetResult();
        await gate.Open.Task.WaitAsync(cancellationToken);
        await replies.ReplyAsync(activity, OutgoingActivity.Message("valmis"), cancellationToken);
    }
}

internal sealed class CommandGate
{
    public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    public TaskCompletionSource Open { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
