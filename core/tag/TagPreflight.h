#pragma once

#include "plan/CheckItem.h"
#include "project/PythonProject.h"
#include "tag/TagRequest.h"

namespace rd {

// The checks before a release tag is created, each a row of the checklist with what to do when
// it fails. They only read (git queries, git ls-remote against the remote):
//   repository     the project is inside a git work tree (and git is installed)
//   tagger         git knows who tags (user.name and user.email): an annotated tag needs them
//   clean          no uncommitted changes to tracked files (untracked files only warn)
//   branch         HEAD is on a branch, not detached (unless allowDetached: then a warning)
//   remote         the remote exists (needed to push; without --push only a warning)
//   pushed         HEAD is on the remote branch, so the tag points at published history
//   tag-local      the tag does not exist in this repository
//   tag-remote     the tag does not exist on the remote (git ls-remote --tags)
//   version-files  pyproject.toml, __version__ and package.json say the tag's version, and
//                  are committed as such
// With replaceExisting (re-trigger, §14 option A) an existing tag passes with a note.
// Without push, the remote checks that fail only warn (the tag stays local).
class TagPreflight final
{
public:
    explicit TagPreflight(PythonProject project);

    Checklist run(const TagRequest &request) const;

private:
    PythonProject m_project;
};

} // namespace rd
