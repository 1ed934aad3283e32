# SPDX-License-Identifier: ISC
# Run by cmake --install before it writes anything: notes in
# HEELRX_FOLDER_RECORD each folder of HEELRX_FOLDERS (relative to the
# prefix) that does not exist yet, with each missing folder above it, so
# that the uninstall target removes the folders the install made and no
# other.  Folders an earlier install noted stay noted: that install made
# them.  Paths are noted without DESTDIR, as CMake notes files in
# install_manifest.txt; folders above DESTDIR are never noted.
set(made "")
if(EXISTS "${HEELRX_FOLDER_RECORD}")
	file(STRINGS "${HEELRX_FOLDER_RECORD}" made)
endif()
foreach(folder IN LISTS HEELRX_FOLDERS)
	if(NOT IS_ABSOLUTE "${folder}")
		set(folder "${CMAKE_INSTALL_PREFIX}/${folder}")
	endif()
	cmake_path(NORMAL_PATH folder)
	string(REGEX REPLACE "(.)/+$" "\\1" folder "${folder}")
	while(NOT folder STREQUAL "/" AND NOT EXISTS "$ENV{DESTDIR}${folder}")
		list(APPEND made "${folder}")
		cmake_path(GET folder PARENT_PATH folder)
	endwhile()
endforeach()
list(REMOVE_DUPLICATES made)
list(JOIN made "\n" text)
file(WRITE "${HEELRX_FOLDER_RECORD}" "${text}\n")
