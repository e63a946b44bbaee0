using System.Globalization;
using Spectre.Console;
using ThumbnailService.Operations.Backfill;

namespace ThumbnailService.Operations.Commands.Backfill;

/// <summary>
/// Backfill progress on a terminal: a spinner with the running count while listing, then per phase a bar with
/// done/total, percentage, rate and time left.
/// </summary>
internal sealed class SpectreBackfillProgress(ProgressContext context) : IBackfillProgress
{
    private readonly Lock _lock = new();
    private ProgressTask? _listing;
    private ProgressTask? _current;

    public static ProgressColumn[] Columns =>
    [
        new SpinnerColumn(), new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new CountColumn(),
        new PercentageColumn(), new RateColumn(), new RemainingTimeColumn(),
    ];

    public void Listing(string what, int count)
    {
        lock (_lock)
        {
            var description = Markup.Escape(string.Create(CultureInfo.InvariantCulture, $"Listing {what}: {count:N0} object(s)"));
            _listing ??= context.AddTask(description, new ProgressTaskSettings { AutoStart = true });
            _listing.IsIndeterminate = true;
            _listing.Description = description;
        }
    }

    public void Begin(string phase, int total)
    {
        lock (_lock)
        {
            FinishListing();
            _current?.StopTask();
            _current = context.AddTask(Markup.Escape(phase), new ProgressTaskSettings { MaxValue = Math.Max(total, 1) });
            if (total == 0)
            {
                _current.Value = 1;
            }
        }
    }

    public void Advance() => _current?.Increment(1);

    /// <summary>Leaves the last phase's bar where it stopped (interrupted runs keep their partial bar).</summary>
    public void Finish()
    {
        lock (_lock)
        {
            FinishListing();
            _current?.StopTask();
        }
    }

    private void FinishListing()
    {
        if (_listing is { IsFinished: false })
        {
            _listing.IsIndeterminate = false;
            _listing.Value = _listing.MaxValue;
            _listing.StopTask();
        }
    }
}
