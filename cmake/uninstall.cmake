# SPDX-License-Identifier: ISC
# The uninstall target: removes each file that the last cmake --install
# of this build folder wrote, as MANIFEST (install_manifest.txt) lists
# it, then each folder that install made, as FOLDERS
# (install_folders.txt, from install-folders.cmake) lists it, that is
# empty now, the deepest first.  A folder that was there before the
# install stays, empty or not.  Both lists hold paths without DESTDIR,
# so give the DESTDIR the install had.
# usage: cmake -D MANIFEST=FILE -D FOLDERS=FILE -P uninstall.cmake
if(NOT EXISTS "${MANIFEST}")
	message(FATAL_ERROR "nothing to uninstall: ${MANIFEST} does not "
		"exist (cmake --install writes it)")
endif()
file(STRINGS "${MANIFEST}" files)
set(kept "")
foreach(file IN LISTS files)
	set(path "$ENV{DESTDIR}${file}")
	if(IS_SYMLINK "${path}" OR EXISTS "${path}")
		file(REMOVE "${path}")
		if(IS_SYMLINK "${path}" OR EXISTS "${path}")
			list(APPEND kept "${path}")
		else()
			message(STATUS "Removed ${path}")
		endif()
	else()
		message(STATUS "Already gone: ${path}")
	endif()
endforeach()
if(kept)
	list(JOIN kept "\n  " kept)
	message(FATAL_ERROR "could not remove:\n  ${kept}")
endif()

set(folders "")
if(EXISTS "${FOLDERS}")
	file(STRINGS "${FOLDERS}" folders)
endif()
# A folder sorts before everything in it, so the reverse order takes
# the deepest first.
list(SORT folders)
list(REVERSE folders)
foreach(folder IN LISTS folders)
	set(path "$ENV{DESTDIR}${folder}")
	if(IS_DIRECTORY "${path}" AND NOT IS_SYMLINK "${path}")
		file(GLOB entries LIST_DIRECTORIES true "${path}/*" "${path}/.*")
		if(NOT entries)
			file(REMOVE_RECURSE "${path}")
			message(STATUS "Removed ${path}/")
		endif()
	endif()
endforeach()
file(REMOVE "${MANIFEST}" "${FOLDERS}")
