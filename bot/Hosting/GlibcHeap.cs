using System.Runtime.InteropServices;

namespace Verkostot.Bot.Hosting;

/// <summary>
/// The native heap on Linux (glibc's malloc), which the runtime, SQLite and OpenSSL allocate from. By default it
/// keeps up to eight arenas per core, each holding on to what its threads freed; after a burst of requests on many
/// thread-pool threads that was tens of MB (fuzz bench: +81 MB against +63 MB with two arenas). Elsewhere (Windows,
/// musl) these do nothing.
/// </summary>
internal static partial class GlibcHeap
{
    private const int ArenaMaxOption = -8; // M_ARENA_MAX in malloc.h

    /// <summary>At most this many arenas from now on (the same as MALLOC_ARENA_MAX set before the process starts).</summary>
    public static void LimitArenas(int arenas) => Call(() => Mallopt(ArenaMaxOption, arenas));

    /// <summary>Returns the free pages of every arena to the machine.</summary>
    public static void Trim() => Call(() => MallocTrim(0));

    private static void Call(Func<int> call)
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }
        try
        {
            call();
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // Not glibc (e.g. Alpine's musl): its allocator has neither knob.
        }
    }

    [DllImport("libc", EntryPoint = "mallopt")]
    private static extern int Mallopt(int option, int value);

    [DllImport("libc", EntryPoint = "malloc_trim")]
    private static extern int MallocTrim(nuint pad);
}
