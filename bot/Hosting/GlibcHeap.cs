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
    private const int MmapThresholdOption = -3; // M_MMAP_THRESHOLD

    /// <summary>
    /// Blocks of this size and larger get pages of their own, given back to the machine when freed. Under load most
    /// of the native heap's churn is blocks of 64–88 KB (heaptrack, like-for-like run): the first page-cache block of
    /// each temporary b-tree SQLite opens for a statement (87 KB, about 330 a second at 2 300 replies a second) and
    /// the JIT's 64 KB work areas. Taken from the heap, they left 17 MB free but not returnable between blocks still
    /// in use after the run (glibc's mallinfo2: 11.6 MB in use, 17.3 MB free). glibc's own limit starts at 128 KB and
    /// rises as large blocks are freed.
    /// </summary>
    public const int OwnPagesFromBytes = 64 * 1024;

    /// <summary>
    /// Set once, first thing at start-up: before the host's threads take arenas of their own (at most two), and before
    /// the first large block.
    /// </summary>
    public static void KeepSmall()
    {
        LimitArenas(2);
        Call(() => Mallopt(MmapThresholdOption, OwnPagesFromBytes));
    }

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
