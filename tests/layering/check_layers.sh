#!/usr/bin/env bash
# Usage: check_layers.sh SOURCE_DIR "CORE_AND_STORAGE_LINKS" CLI_BINARY "ALL_BINARIES"
set -u
source_dir=$1
low_layer_links=$2
cli_binary=$3
all_binaries=$4
failures=0

fail() {
    echo "LAYERING: $*" >&2
    failures=$((failures + 1))
}

# 1. No widget, GUI, chart or network headers below the report layer.
forbidden='#\s*include\s*<(QtWidgets|QtGui|QtCharts|QtNetwork|QtPrintSupport|QtSvg)/|#\s*include\s*<Q(Widget|Application|MainWindow|Dialog|MessageBox|Painter|PdfWriter|Image|Pixmap|Font|Color|GuiApplication|TcpSocket|NetworkAccessManager|Chart)\b'
if matches=$(grep -rnE "$forbidden" "$source_dir/src/core" "$source_dir/src/storage"); then
    fail "domain or storage includes a GUI or network header:"
    echo "$matches" >&2
fi

# 1b. Each layer includes only the layers below it: the domain nothing of ours, storage the domain,
#     the use-case layer storage and the domain, the report no GUI or command line.
check_includes() {
    local folder=$1 pattern=$2 what=$3
    if matches=$(grep -rnE "#\s*include\s*\"($pattern)/" "$source_dir/src/$folder"); then
        fail "$what"
        echo "$matches" >&2
    fi
}
check_includes core 'storage|services|report|presentation|gui|cli|app' "the domain (src/core) includes a higher layer:"
check_includes storage 'services|report|presentation|gui|cli|app' "storage includes a higher layer:"
check_includes services 'report|presentation|gui|cli|app' "the use-case layer includes a higher layer:"
check_includes report 'gui|cli|app' "the report includes the GUI or the command line:"
check_includes presentation 'storage|services|report|gui|cli|app' "the presentation kit includes a layer other than the domain:"
if matches=$(grep -rnE "$forbidden" "$source_dir/src/services"); then
    fail "the use-case layer includes a GUI or network header:"
    echo "$matches" >&2
fi

# 1c. The GUI and the command line change a diary only through the use-case layer: they read
#     through a DiarySession and never build a repository or a writer of their own.
if matches=$(grep -rnE '\b[A-Z][A-Za-z]*(Repository|Writer)\s*[({][^)}]*\b(m_)?[dD]atabase' \
        "$source_dir/src/gui" "$source_dir/src/cli"); then
    fail "the GUI or the command line builds a repository or writer instead of using the use-case layer:"
    echo "$matches" >&2
fi

# 1d. One writer per table: every insert, update or delete of these tables' rows is in one file.
for table in profile symptom condition annotation medication titration_plan titration_adjustment \
    diary_day setting trial trial_outcome trial_stop_rule; do
    writers=$(grep -rlE "(INSERT( OR [A-Z]+)? INTO|UPDATE( OR [A-Z]+)?|DELETE FROM) $table\b" \
        "$source_dir/src" --include='*.cpp' | grep -v '/SchemaMigrator\.cpp$')
    count=$(printf '%s\n' "$writers" | grep -c .)
    if [ "$count" -ne 1 ]; then
        fail "table $table is written from $count files, not one:"
        echo "$writers" >&2
    fi
done

# 1e. No widget or chart headers in the report and the presentation kit: they paint with Qt Gui
#     alone, so the command-line tool can make the GP report.
widgets='#\s*include\s*<(QtWidgets|QtCharts)/|#\s*include\s*<Q(Widget|Application|MainWindow|Dialog|MessageBox|Label|PushButton|LineEdit|ChartView|Chart|LineSeries|ScatterSeries|Abstract[A-Za-z]*Series|[A-Za-z]*Axis)\b'
if matches=$(grep -rnE "$widgets" "$source_dir/src/report" "$source_dir/src/presentation"); then
    fail "report or presentation kit includes a widget header:"
    echo "$matches" >&2
fi

# 2. The domain and storage libraries link Qt Core at most.
for library in ${low_layer_links//;/ }; do
    case "$library" in
    Qt6::Core | Qt::Core | ldn::* | nlohmann_json::nlohmann_json | SQLite::SQLite3 | '$<LINK_ONLY:'*) ;;
    *Qt*) fail "domain or storage links $library" ;;
    esac
done

# 3. The command-line tool is the build without widgets: it may paint PDFs (Qt Gui) but links no
#    Widgets or Charts at run time.
if ldd "$cli_binary" | grep -E 'libQt6(Widgets|Charts)' >&2; then
    fail "ldn-tracker-cli links a widget library"
fi
if ! ldd "$cli_binary" | grep -q 'libQt6Core'; then
    fail "could not read the libraries of $cli_binary"
fi

# 4. Neither executable links Qt Network (the application makes no network connections).
for binary in ${all_binaries//;/ }; do
    if ldd "$binary" | grep -E 'libQt6Network' >&2; then
        fail "$(basename "$binary") links Qt Network"
    fi
done

if [ "$failures" -gt 0 ]; then
    echo "$failures layering problem(s)" >&2
    exit 1
fi
echo "layering: domain/storage free of GUI and network; report/presentation free of widgets; executables free of Qt Network"
