using ThumbnailService.Core.Processing;
using Xunit;

namespace ThumbnailService.Core.Tests.Processing;

public class CompletedEventMemoTests
{
    [Fact]
    public void Contains_AddedEvent_True()
    {
        var memo = new CompletedEventMemo(4);
        memo.Add(Event("a", "1"));

        Assert.True(memo.Contains(Event("a", "1")));
        Assert.False(memo.Contains(Event("a", "2")));
        Assert.False(memo.Contains(Event("b", "1")));
    }

    [Fact]
    public void Contains_EventWithoutSequencerOrETag_NeverRemembered()
    {
        var memo = new CompletedEventMemo(4);
        memo.Add(new SourceObject("uploads", "k", "etag"));
        memo.Add(new SourceObject("uploads", "k", null, "seq"));

        Assert.False(memo.Contains(new SourceObject("uploads", "k", "etag")));
        Assert.False(memo.Contains(new SourceObject("uploads", "k", null, "seq")));
    }

    [Fact]
    public void Add_BeyondCapacity_ForgetsTheOldestFirst()
    {
        var memo = new CompletedEventMemo(3);
        foreach (var sequencer in new[] { "1", "2", "3", "2", "4" })
        {
            memo.Add(Event("k", sequencer));
        }

        Assert.False(memo.Contains(Event("k", "1")));
        Assert.True(memo.Contains(Event("k", "2")));
        Assert.True(memo.Contains(Event("k", "3")));
        Assert.True(memo.Contains(Event("k", "4")));
    }

    private static SourceObject Event(string key, string sequencer) => new("uploads", key, "etag-" + key, sequencer);
}
